## favorites
## The wishlists page and the lists a guest saves stays to.

favorites-title = Favoritos
favorites-empty = Aún no has guardado nada. Toca el corazón de un alojamiento que te guste para guardarlo aquí.
favorites-default-list = Guardados
favorites-unavailable = Ya no está disponible
favorites-error-list-name = Ponle a la lista un nombre de 60 caracteres como máximo.
