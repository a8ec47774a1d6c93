## accounts
account-language-auto = Automático (el idioma de tu navegador)

## Signing in and up

account-sign-in-title = Iniciar sesión
account-sign-in-heading = Te damos la bienvenida de nuevo
account-reset-done = Tu contraseña se ha cambiado. Inicia sesión con la nueva.
account-verified = Tu dirección de correo electrónico está verificada.
account-email-label = Correo electrónico
account-password-label = Contraseña
account-sign-in-button = Iniciar sesión
account-forgot-link = ¿Has olvidado tu contraseña?
account-new-to-haven = ¿Es tu primera vez en Haven?
account-create-link = Crea una cuenta
account-sign-up-heading = Crea tu cuenta
account-sign-up-intro = Una sola cuenta para reservar alojamientos y, cuando quieras, para ofrecer el tuyo.
account-name-label = Tu nombre
account-name-hint = Lo verán los anfitriones y los huéspedes.
account-new-password-hint = { $min ->
    [one] Al menos { $min } carácter. Unas cuantas palabras sin relación entre sí forman una contraseña segura.
   *[other] Al menos { $min } caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura.
}
account-create-button = Crear cuenta
account-have-account = ¿Ya tienes una cuenta?
account-sign-in-link = Inicia sesión

## The account page

account-title = Tu cuenta
account-greeting = Hola, { $name }
account-hosting-label = Anfitrión
account-hosting-yes = Eres anfitrión en Haven
account-hosting-no = Todavía no eres anfitrión
account-profile-heading = Tu perfil
account-profile-saved = Tu perfil se ha guardado.
account-about-label = Sobre ti
account-city-label = Ciudad
account-country-label = País
account-languages-label = Idiomas que hablas
account-languages-hint = Sepáralos con comas.
account-profile-save = Guardar perfil

account-photo-heading = Foto de perfil
account-photo-alt = Foto de perfil de { $name }
account-photo-saved = Tu foto se ha guardado.
account-photo-choose = Elige una foto
account-photo-hint = Una imagen JPEG, PNG o WebP. Se recorta en forma de cuadrado.
account-photo-upload = Subir foto
account-photo-remove = Eliminar foto
account-photo-missing = Elige una foto para subirla.
account-photo-too-large = Esa foto es demasiado grande. Sube una más pequeña.
account-photo-not-an-image = Ese archivo no es una foto. Sube una imagen JPEG, PNG o WebP.
account-photo-unreadable = No se ha podido leer esa foto. Prueba con otra.
account-photo-too-small = Esa foto es demasiado pequeña: usa una de al menos 640 × 480 píxeles.

account-preferences-heading = Preferencias
account-preferences-saved = Tus preferencias se han guardado.
account-language-label = Idioma de la interfaz
account-currency-label = Moneda
account-currency-usd = Dólar estadounidense (USD)
account-currency-eur = Euro (EUR)
account-currency-gbp = Libra esterlina (GBP)
account-time-zone-label = Zona horaria
account-time-zone-hint = Un nombre IANA como Europe/Madrid o America/New_York.
account-notifications-legend = Envíame correos sobre
account-notify-bookings = Reservas y viajes
account-notify-messages = Mensajes de anfitriones y huéspedes
account-notify-marketing = Ofertas e ideas de viaje
account-preferences-save = Guardar preferencias

account-password-heading = Cambiar contraseña
account-password-changed = Tu contraseña se ha cambiado. Se ha cerrado tu sesión en todos los demás dispositivos.
account-current-password-label = Contraseña actual
account-new-password-label = Nueva contraseña
account-change-password-hint = { $min ->
    [one] Al menos { $min } carácter. Unas cuantas palabras sin relación entre sí funcionan bien.
   *[other] Al menos { $min } caracteres. Unas cuantas palabras sin relación entre sí funcionan bien.
}

account-email-heading = Cambiar dirección de correo electrónico
account-email-sent = Revisa tu bandeja de entrada: hemos enviado un enlace a la nueva dirección. Tu dirección cambiará cuando lo abras.
account-email-pending = Esperando a que confirmes { $new_email }. Hasta que abras el enlace que te enviamos allí, tu dirección sigue siendo { $email }.
account-new-email-label = Nueva dirección de correo electrónico
account-email-send = Enviar un enlace de confirmación

## Forgotten passwords and e-mail verification

account-forgot-heading = ¿Has olvidado tu contraseña?
account-forgot-intro = Introduce la dirección de correo electrónico de tu cuenta y te enviaremos un enlace para elegir una nueva contraseña.
account-forgot-send = Enviar el enlace
account-forgot-sent = { $minutes ->
    [one] Si hay una cuenta con esta dirección, le hemos enviado un enlace para elegir una nueva contraseña. Funciona durante { $minutes } minuto.
   *[other] Si hay una cuenta con esta dirección, le hemos enviado un enlace para elegir una nueva contraseña. Funciona durante { $minutes } minutos.
}
account-back-to-sign-in = Volver a iniciar sesión
account-reset-heading = Elige una nueva contraseña
account-reset-intro = Al elegirla se cerrará tu sesión en todas partes; después, inicia sesión con la nueva.
account-reset-save = Guardar la nueva contraseña
account-reset-new-link = Pedir un nuevo enlace
account-verify-heading = Confirma tu dirección de correo electrónico
account-verify-button = Confirmar mi dirección de correo electrónico
account-verify-banner-title = Verifica tu dirección de correo electrónico.
account-verify-banner-text = Hemos enviado un enlace a { $email }. Hasta que lo abras, puedes explorar y guardar alojamientos, pero no reservar ni publicar un anuncio.
account-verify-resend = Enviar un nuevo enlace
account-verify-resent = Un nuevo enlace va de camino.

## What is wrong with a form

account-error-email-invalid = Introduce una dirección de correo electrónico como nombre@ejemplo.com.
account-error-name-missing = Introduce el nombre que verán los anfitriones y los huéspedes.
account-error-name-too-long = Usa como máximo 60 letras, sin saltos de línea.
account-error-password-too-short = { $min ->
    [one] Usa al menos { $min } carácter.
   *[other] Usa al menos { $min } caracteres.
}
account-error-too-long = { $max ->
    [one] Usa como máximo { $max } carácter.
   *[other] Usa como máximo { $max } caracteres.
}
account-error-password-weak = Elige una contraseña más difícil. { $reason ->
    [straight-rows] Las filas seguidas de teclas son fáciles de adivinar.
    [keyboard-pattern] Los patrones cortos del teclado son fáciles de adivinar.
    [repeats] Las repeticiones como «aaa» son fáciles de adivinar.
    [repeated-sequence] Las repeticiones como «abcabcabc» son solo un poco más difíciles de adivinar que «abc».
    [top-10] Es una de las 10 contraseñas más comunes.
    [top-100] Es una de las 100 contraseñas más comunes.
    [common] Es una contraseña muy común.
    [similar-to-common] Se parece a una contraseña muy utilizada.
    [sequence] Las secuencias como abc o 6543 son fáciles de adivinar.
    [recent-years] Los años recientes son fáciles de adivinar.
    [single-word] Una palabra sola es fácil de adivinar.
    [dates] Las fechas suelen ser fáciles de adivinar.
    [names] Los nombres y apellidos por sí solos son fáciles de adivinar.
    [common-names] Los nombres y apellidos comunes son fáciles de adivinar.
   *[other] Es demasiado fácil de adivinar.
}
account-error-same-password = Elige una contraseña distinta de la actual.
account-error-wrong-password = Esa no es tu contraseña actual.
account-error-email-taken = Ya existe una cuenta con este correo electrónico. Inicia sesión.
account-error-invalid-credentials = El correo electrónico o la contraseña no son correctos.
account-error-same-email = Esta ya es tu dirección.
account-error-email-in-use = Otra cuenta usa esta dirección.
account-error-email-in-use-now = Otra cuenta usa ahora esta dirección.
account-error-already-verified = Tu dirección de correo electrónico ya está verificada.
account-error-bad-link = Este enlace no es válido o ha caducado. Pide uno nuevo.
account-error-control-characters = Elimina los caracteres de control.
account-error-language = Usa un código de idioma como es o pt-BR.
account-error-currency = Elige USD, EUR o GBP.
account-error-time-zone = Usa una zona horaria como Europe/Madrid.
account-error-languages = Indica como máximo 10 idiomas.
account-display-currency-label = Mostrar los precios en
account-display-currency-own = La moneda de cada alojamiento
account-error-display-currency = Elige una de las monedas ofrecidas, o la de cada alojamiento.
