## hosting
