"""The content layer: schema, sources, build and read-only queries over content.db. No Qt."""
