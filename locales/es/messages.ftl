## messages
