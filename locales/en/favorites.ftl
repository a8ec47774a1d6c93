## favorites
## The wishlists page and the lists a guest saves stays to.

favorites-title = Wishlists
favorites-empty = Nothing saved yet. Tap the heart on a stay you like to keep it here.
# The list a stay goes to when the guest names none.
favorites-default-list = Saved
favorites-unavailable = No longer available
favorites-error-list-name = Name the list in at most 60 characters.
