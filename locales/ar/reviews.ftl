## reviews
