"""Default mappings shipped with zoterodigest (TOML files beside this one)."""
