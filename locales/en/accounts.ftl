## accounts
account-language-auto = Automatic (your browser’s language)

## Signing in and up

account-sign-in-title = Sign in
account-sign-in-heading = Welcome back
account-reset-done = Your password is changed. Sign in with the new one.
account-verified = Your e-mail address is verified.
account-email-label = Email
account-password-label = Password
account-sign-in-button = Sign in
account-forgot-link = Forgot password?
# Followed by a link, "Create an account".
account-new-to-haven = New to Haven?
account-create-link = Create an account
account-sign-up-heading = Create your account
account-sign-up-intro = One account to book stays and, whenever you like, to host your own.
account-name-label = Your name
account-name-hint = Shown to hosts and guests.
account-new-password-hint = { $min ->
    [one] At least { $min } character. A few unrelated words make a strong one.
   *[other] At least { $min } characters. A few unrelated words make a strong one.
}
account-create-button = Create account
# Followed by a link, "Sign in".
account-have-account = Already have an account?
account-sign-in-link = Sign in

## The account page

account-title = Your account
account-greeting = Hi, { $name }
account-hosting-label = Hosting
account-hosting-yes = You host on Haven
account-hosting-no = Not hosting yet
account-profile-heading = Your profile
account-profile-saved = Your profile is saved.
account-about-label = About you
account-city-label = City
account-country-label = Country
account-languages-label = Languages you speak
account-languages-hint = Separate them with commas.
account-profile-save = Save profile

account-photo-heading = Profile photo
account-photo-alt = Profile photo of { $name }
account-photo-saved = Your photo is saved.
account-photo-choose = Choose a photo
account-photo-hint = A JPEG, PNG or WebP image. It is cropped to a square.
account-photo-upload = Upload photo
account-photo-remove = Remove photo
account-photo-missing = Choose a photo to upload.
account-photo-too-large = That photo is too large. Upload a smaller one.
account-photo-not-an-image = That file is not a photo. Upload a JPEG, PNG or WebP image.
account-photo-unreadable = That photo could not be read. Try another one.
account-photo-too-small = That photo is too small: use one at least 640 × 480 pixels.

account-preferences-heading = Preferences
account-preferences-saved = Your preferences are saved.
account-language-label = Display language
account-currency-label = Currency
account-currency-usd = US dollar (USD)
account-currency-eur = Euro (EUR)
account-currency-gbp = Pound sterling (GBP)
account-time-zone-label = Time zone
account-time-zone-hint = An IANA name such as Europe/Lisbon or America/New_York.
account-notifications-legend = E-mail me about
account-notify-bookings = Bookings and trips
account-notify-messages = Messages from hosts and guests
account-notify-marketing = Offers and travel ideas
account-preferences-save = Save preferences

# The section's heading and its button.
account-password-heading = Change password
account-password-changed = Your password is changed. You are signed out everywhere else.
account-current-password-label = Current password
account-new-password-label = New password
account-change-password-hint = { $min ->
    [one] At least { $min } character. A few unrelated words work well.
   *[other] At least { $min } characters. A few unrelated words work well.
}

account-email-heading = Change e-mail address
account-email-sent = Check your inbox: we sent a link to the new address. Your address changes when you follow it.
account-email-pending = Waiting for you to confirm { $new_email }. Until you follow the link we sent there, your address stays { $email }.
account-new-email-label = New e-mail address
account-email-send = Send a confirmation link

## Forgotten passwords and e-mail verification

account-forgot-heading = Forgot your password?
account-forgot-intro = Enter the e-mail address of your account and we will send you a link to choose a new password.
account-forgot-send = Send the link
account-forgot-sent = { $minutes ->
    [one] If an account uses this address, we sent it a link to choose a new password. It works for { $minutes } minute.
   *[other] If an account uses this address, we sent it a link to choose a new password. It works for { $minutes } minutes.
}
account-back-to-sign-in = Back to sign in
account-reset-heading = Choose a new password
account-reset-intro = Choosing it signs you out everywhere; then sign in with the new one.
account-reset-save = Save the new password
account-reset-new-link = Ask for a new link
account-verify-heading = Confirm your e-mail address
account-verify-button = Confirm my e-mail address
# In bold, followed by account-verify-banner-text.
account-verify-banner-title = Verify your e-mail address.
account-verify-banner-text = We sent a link to { $email }. Until you follow it you can browse and save stays, but not book or publish a listing.
account-verify-resend = Send a new link
account-verify-resent = A new link is on its way.

## What is wrong with a form

account-error-email-invalid = Enter an email address like name@example.com.
account-error-name-missing = Enter the name hosts and guests will see.
account-error-name-too-long = Use at most 60 letters, without line breaks.
account-error-password-too-short = { $min ->
    [one] Use at least { $min } character.
   *[other] Use at least { $min } characters.
}
account-error-too-long = { $max ->
    [one] Use at most { $max } character.
   *[other] Use at most { $max } characters.
}
# $reason says why the password is easy to guess.
account-error-password-weak = Choose a harder password. { $reason ->
    [straight-rows] Straight rows of keys are easy to guess.
    [keyboard-pattern] Short keyboard patterns are easy to guess.
    [repeats] Repeats like "aaa" are easy to guess.
    [repeated-sequence] Repeats like "abcabcabc" are only slightly harder to guess than "abc".
    [top-10] This is a top-10 common password.
    [top-100] This is a top-100 common password.
    [common] This is a very common password.
    [similar-to-common] This is similar to a commonly used password.
    [sequence] Sequences like abc or 6543 are easy to guess.
    [recent-years] Recent years are easy to guess.
    [single-word] A word by itself is easy to guess.
    [dates] Dates are often easy to guess.
    [names] Names and surnames by themselves are easy to guess.
    [common-names] Common names and surnames are easy to guess.
   *[other] It is too easy to guess.
}
account-error-same-password = Choose a password different from the current one.
account-error-wrong-password = That is not your current password.
account-error-email-taken = An account with this email already exists. Sign in instead.
account-error-invalid-credentials = Email or password is incorrect.
account-error-same-email = This is your address already.
account-error-email-in-use = Another account uses this address.
account-error-email-in-use-now = Another account uses this address now.
account-error-already-verified = Your e-mail address is verified already.
account-error-bad-link = This link is invalid or has expired. Ask for a new one.
account-error-control-characters = Remove the control characters.
account-error-language = Use a language code such as en or pt-BR.
account-error-currency = Choose USD, EUR or GBP.
account-error-time-zone = Use a time zone such as Europe/Lisbon.
account-error-languages = List up to 10 languages.
account-display-currency-label = Show prices in
account-display-currency-own = Each listing’s own currency
account-error-display-currency = Choose one of the currencies offered, or each listing’s own.
