"""Analysis -> violation acts with arguments, certainty and evidence. Rule packs are data
(`rules/<language>/acts/<type>.toml`); this package holds the language-neutral machinery."""
