## favorites
## The wishlists page and the lists a guest saves stays to.

favorites-title = Favoris
favorites-empty = Rien d’enregistré pour l’instant. Touchez le cœur d’un séjour qui vous plaît pour le retrouver ici.
favorites-default-list = Enregistrés
favorites-unavailable = N’est plus disponible
favorites-error-list-name = Donnez à la liste un nom de 60 caractères au maximum.
