## accounts
account-language-auto = Automatic (your browser’s language)
