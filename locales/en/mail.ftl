## E-mails, in the recipient's language.

mail-hello = Hello { $name },
mail-footer-why = You get these e-mails because { $preference } are switched on in your account.
mail-footer-unsubscribe = Unsubscribe from { $preference }
mail-footer-unsubscribe-text = Unsubscribe from { $preference }: { $url }
mail-footer-settings = Change it in your account settings
mail-footer-settings-text = Or change it in your account settings: { $url }
mail-paste = Or paste this address into your browser: { $link }
mail-action-link = { $action }: { $link }

mail-topic-booking-updates = booking updates
mail-topic-messages = message notifications

mail-action-read-reply = Read and reply
mail-action-trip = View your trip
mail-action-reservations = View reservations
mail-action-open = Open Haven
mail-message-batching = Further messages in this conversation in the next 10 minutes come together in one e-mail.

mail-reset-subject = Reset your Haven password
mail-reset-ask = Someone (we hope you) asked to reset the password of your Haven account. Choose a new password within { $minutes } minutes:
mail-reset-action = Choose a new password
mail-reset-once = The link works once. Using it signs you out everywhere. If you did not ask for this, ignore this e-mail: your password stays as it is.

mail-verify-subject = Confirm your e-mail address
mail-verify-ask = Please confirm that { $email } is your e-mail address, within { $hours } hours:
mail-verify-action = Confirm my e-mail address
mail-verify-until = Until you do, you can browse and save stays, but not book or publish a listing. If you did not sign up for Haven, ignore this e-mail.

mail-change-subject = Confirm your new e-mail address
mail-change-ask = You asked to use { $email } for your Haven account. Please confirm it within { $hours } hours:
mail-change-action = Confirm my new address
mail-change-until = Until you do, your account keeps its current address. If you did not ask for this, ignore this e-mail: nothing changes.

mail-changed-subject = Your Haven e-mail address was changed
mail-changed-now = The e-mail address of your Haven account is now { $email }. Haven's e-mails go there, and you sign in with it. This address no longer belongs to the account.
mail-changed-warning = If you did not make this change, someone may know your password. Sign in with { $email } and your password, choose a new password and change the address back:
mail-changed-action = Open my account

## The unsubscribe page an e-mail's link opens.
unsubscribe-title = Unsubscribe
unsubscribe-question = Stop e-mails about { $topic }?
unsubscribe-button = Unsubscribe
unsubscribe-done-title = You are unsubscribed
unsubscribe-done = You will no longer get e-mails about { $topic }. You can switch them back on in your account settings.
unsubscribe-settings = Account settings
unsubscribe-retry = Please try again
unsubscribe-invalid-title = This link does not work
unsubscribe-invalid = This unsubscribe link is not valid: it may have been changed or cut short. You can switch e-mails off in your account settings.
unsubscribe-back = Back to Haven
