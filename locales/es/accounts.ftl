## accounts
account-language-auto = Automático (el idioma de tu navegador)
