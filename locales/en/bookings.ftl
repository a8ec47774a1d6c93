## bookings
