package org.custseg.knime.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;

/**
 * The settings of one node as an ordered registry of classic settings models, each under its settings key. The one
 * place that says how a node's settings are written, read and validated:
 * <ul>
 * <li>{@link #saveSettingsTo} writes every model, in the order registered (the order is pinned by tests, so that
 * saved workflows keep loading);</li>
 * <li>{@link #loadSettingsFrom} reads only the keys that are present, so settings written before a key existed load
 * with that key's default;</li>
 * <li>{@link #validate} checks settings on a fresh instance, leaving the node's current settings untouched.</li>
 * </ul>
 * Subclasses register their models with {@link #register} (in the field initialisers or the constructor) and check
 * value ranges and relations in {@link #validateValues()}.
 */
public abstract class NodeSettingsGroup {

    private final Map<String, SettingsModel> m_models = new LinkedHashMap<>();

    /**
     * Adds a model to this group; it is written after all models registered before it.
     *
     * @param <M> the model type
     * @param key the model's settings key (its config name)
     * @param model the model
     * @return the model, for assignment to a field
     * @throws IllegalStateException if the key is already registered
     */
    protected final <M extends SettingsModel> M register(final String key, final M model) {
        if (m_models.putIfAbsent(key, model) != null) {
            throw new IllegalStateException("Settings key '" + key + "' is registered twice");
        }
        return model;
    }

    /**
     * The settings keys this node writes, in the order written; pinned by a test so that saved workflows keep
     * loading.
     *
     * @return the keys of the registered models
     */
    public final List<String> keys() {
        return new ArrayList<>(m_models.keySet());
    }

    /**
     * Writes all settings of this node.
     *
     * @param settings to write to
     */
    public final void saveSettingsTo(final NodeSettingsWO settings) {
        for (final SettingsModel m : m_models.values()) {
            m.saveSettingsTo(settings);
        }
    }

    /**
     * Loads the settings that are present; absent keys keep their current (default) value. Does not check value
     * ranges: call {@link #validateValues()} for that.
     *
     * @param settings to read from
     * @throws InvalidSettingsException if a present setting cannot be read (wrong type)
     */
    public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (final Map.Entry<String, SettingsModel> e : m_models.entrySet()) {
            if (settings.containsKey(e.getKey())) {
                e.getValue().loadSettingsFrom(settings);
            } else {
                absent(e.getKey());
            }
        }
    }

    /**
     * Called by {@link #loadSettingsFrom} for a registered key the settings lack (settings saved before the key
     * existed). The default keeps the model's default value; a group overrides this when a new setting's default for
     * new nodes differs from the behaviour old settings must keep.
     *
     * @param key the absent key
     */
    protected void absent(final String key) {
        // keep the default
    }

    /**
     * Checks every value and the relations between them.
     *
     * @throws InvalidSettingsException naming the setting, the value and what is allowed
     */
    public abstract void validateValues() throws InvalidSettingsException;

    /**
     * Loads settings into a new instance that starts from the defaults, so that keys missing in older settings get
     * their default value.
     *
     * @param <S> the settings type
     * @param defaults creates an instance holding the defaults
     * @param settings to read from
     * @return the new instance
     * @throws InvalidSettingsException if a present setting cannot be read (wrong type)
     */
    public static <S extends NodeSettingsGroup> S loadFresh(final Supplier<S> defaults, final NodeSettingsRO settings)
        throws InvalidSettingsException {
        final S fresh = defaults.get();
        fresh.loadSettingsFrom(settings);
        return fresh;
    }

    /**
     * Validates settings on a new instance ({@link #loadFresh}, then {@link #validateValues()}), changing nothing
     * else.
     *
     * @param defaults creates an instance holding the defaults
     * @param settings to validate
     * @throws InvalidSettingsException naming the setting, the value and what is allowed
     */
    public static void validate(final Supplier<? extends NodeSettingsGroup> defaults, final NodeSettingsRO settings)
        throws InvalidSettingsException {
        loadFresh(defaults, settings).validateValues();
    }
}
