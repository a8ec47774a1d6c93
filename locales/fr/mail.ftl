## Les e-mails, dans la langue de leur destinataire.

mail-hello = Bonjour { $name },
mail-footer-why = Vous recevez ces e-mails parce que les { $preference } sont activées dans votre compte.
mail-footer-unsubscribe = Ne plus recevoir les { $preference }
mail-footer-unsubscribe-text = Ne plus recevoir les { $preference } : { $url }
mail-footer-settings = Modifier ce réglage dans votre compte
mail-footer-settings-text = Ou modifiez ce réglage dans votre compte : { $url }
mail-paste = Ou collez cette adresse dans votre navigateur : { $link }
mail-action-link = { $action } : { $link }

mail-topic-booking-updates = nouvelles de vos réservations
mail-topic-messages = notifications de messages

mail-action-read-reply = Lire et répondre
mail-action-trip = Voir votre voyage
mail-action-reservations = Voir les réservations
mail-action-open = Ouvrir Haven
mail-message-batching = Les messages suivants de cette conversation dans les 10 prochaines minutes arriveront ensemble dans un seul e-mail.

mail-reset-subject = Réinitialisez votre mot de passe Haven
mail-reset-ask = Quelqu’un (vous, nous l’espérons) a demandé à réinitialiser le mot de passe de votre compte Haven. Choisissez un nouveau mot de passe dans les { $minutes } minutes :
mail-reset-action = Choisir un nouveau mot de passe
mail-reset-once = Le lien ne fonctionne qu’une fois. L’utiliser vous déconnecte partout. Si vous n’avez rien demandé, ignorez cet e-mail : votre mot de passe ne change pas.

mail-verify-subject = Confirmez votre adresse e-mail
mail-verify-ask = Confirmez que { $email } est bien votre adresse e-mail, dans les { $hours } heures :
mail-verify-action = Confirmer mon adresse e-mail
mail-verify-until = En attendant, vous pouvez parcourir et enregistrer des logements, mais pas réserver ni publier d’annonce. Si vous ne vous êtes pas inscrit sur Haven, ignorez cet e-mail.

mail-change-subject = Confirmez votre nouvelle adresse e-mail
mail-change-ask = Vous avez demandé à utiliser { $email } pour votre compte Haven. Confirmez-la dans les { $hours } heures :
mail-change-action = Confirmer ma nouvelle adresse
mail-change-until = En attendant, votre compte garde son adresse actuelle. Si vous n’avez rien demandé, ignorez cet e-mail : rien ne change.

mail-changed-subject = L’adresse e-mail de votre compte Haven a changé
mail-changed-now = L’adresse e-mail de votre compte Haven est désormais { $email }. Les e-mails de Haven y arrivent et vous vous connectez avec elle. Cette adresse-ci n’appartient plus au compte.
mail-changed-warning = Si vous n’êtes pas à l’origine de ce changement, quelqu’un connaît peut-être votre mot de passe. Connectez-vous avec { $email } et votre mot de passe, choisissez un nouveau mot de passe et remettez votre adresse :
mail-changed-action = Ouvrir mon compte

## La page de désinscription qu’ouvre le lien d’un e-mail.
unsubscribe-title = Se désinscrire
unsubscribe-question = Ne plus recevoir d’e-mails sur les { $topic } ?
unsubscribe-button = Me désinscrire
unsubscribe-done-title = Vous êtes désinscrit
unsubscribe-done = Vous ne recevrez plus d’e-mails sur les { $topic }. Vous pouvez les réactiver dans les réglages de votre compte.
unsubscribe-settings = Réglages du compte
unsubscribe-retry = Veuillez réessayer
unsubscribe-invalid-title = Ce lien ne fonctionne pas
unsubscribe-invalid = Ce lien de désinscription n’est pas valide : il a peut-être été modifié ou tronqué. Vous pouvez désactiver les e-mails dans les réglages de votre compte.
unsubscribe-back = Retour à Haven
