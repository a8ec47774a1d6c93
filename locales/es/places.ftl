## places
