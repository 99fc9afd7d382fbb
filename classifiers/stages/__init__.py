"""Built-in cascade stages; each module registers its stage in `classifiers.registry`."""
