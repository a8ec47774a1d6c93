## accounts
account-language-auto = تلقائي (لغة متصفحك)
