"""Record editors: one per entity, with undo, validation beside fields and a dirty flag."""
