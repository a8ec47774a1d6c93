## accounts
account-language-auto = Automatique (la langue de votre navigateur)
