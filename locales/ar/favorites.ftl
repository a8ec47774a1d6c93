## favorites
