## accounts
account-language-auto = تلقائي (لغة متصفحك)

## Signing in and up

account-sign-in-title = تسجيل الدخول
account-sign-in-heading = مرحبًا بعودتك
account-reset-done = تم تغيير كلمة مرورك. سجّل الدخول بكلمة المرور الجديدة.
account-verified = تم التحقق من عنوان بريدك الإلكتروني.
account-email-label = البريد الإلكتروني
account-password-label = كلمة المرور
account-sign-in-button = تسجيل الدخول
account-forgot-link = هل نسيت كلمة المرور؟
account-new-to-haven = جديد على Haven؟
account-create-link = أنشئ حسابًا
account-sign-up-heading = أنشئ حسابك
account-sign-up-intro = حساب واحد لحجز الإقامات، ولاستقبال الضيوف في منزلك متى شئت.
account-name-label = اسمك
account-name-hint = يظهر للمضيفين والضيوف.
account-new-password-hint = { $min ->
    [zero] بضع كلمات لا رابط بينها تصنع كلمة مرور قوية.
    [one] حرف واحد على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور قوية.
    [two] حرفان على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور قوية.
    [few] { $min } أحرف على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور قوية.
    [many] { $min } حرفًا على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور قوية.
   *[other] { $min } حرف على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور قوية.
}
account-create-button = إنشاء الحساب
account-have-account = لديك حساب بالفعل؟
account-sign-in-link = سجّل الدخول

## The account page

account-title = حسابك
account-greeting = مرحبًا { $name }
account-hosting-label = الاستضافة
account-hosting-yes = أنت مضيف على Haven
account-hosting-no = لست مضيفًا بعد
account-profile-heading = ملفك الشخصي
account-profile-saved = تم حفظ ملفك الشخصي.
account-about-label = نبذة عنك
account-city-label = المدينة
account-country-label = البلد
account-languages-label = اللغات التي تتحدثها
account-languages-hint = افصل بينها بفواصل.
account-profile-save = حفظ الملف الشخصي

account-photo-heading = صورة الملف الشخصي
account-photo-alt = صورة الملف الشخصي لـ { $name }
account-photo-saved = تم حفظ صورتك.
account-photo-choose = اختر صورة
account-photo-hint = صورة بصيغة JPEG أو PNG أو WebP. تُقصّ على شكل مربع.
account-photo-upload = رفع الصورة
account-photo-remove = إزالة الصورة
account-photo-missing = اختر صورة لرفعها.
account-photo-too-large = هذه الصورة كبيرة جدًا. ارفع صورة أصغر.
account-photo-not-an-image = هذا الملف ليس صورة. ارفع صورة بصيغة JPEG أو PNG أو WebP.
account-photo-unreadable = تعذّرت قراءة هذه الصورة. جرّب صورة أخرى.
account-photo-too-small = هذه الصورة صغيرة جدًا: استخدم صورة لا تقل أبعادها عن 640 × 480 بكسل.

account-preferences-heading = التفضيلات
account-preferences-saved = تم حفظ تفضيلاتك.
account-language-label = لغة العرض
account-currency-label = العملة
account-currency-usd = الدولار الأمريكي (USD)
account-currency-eur = اليورو (EUR)
account-currency-gbp = الجنيه الإسترليني (GBP)
account-time-zone-label = المنطقة الزمنية
account-time-zone-hint = اسم من قاعدة IANA مثل Asia/Dubai أو America/New_York.
account-notifications-legend = راسلني بالبريد الإلكتروني بشأن
account-notify-bookings = الحجوزات والرحلات
account-notify-messages = الرسائل من المضيفين والضيوف
account-notify-marketing = العروض وأفكار السفر
account-preferences-save = حفظ التفضيلات

account-password-heading = تغيير كلمة المرور
account-password-changed = تم تغيير كلمة مرورك. تم تسجيل خروجك من جميع الأماكن الأخرى.
account-current-password-label = كلمة المرور الحالية
account-new-password-label = كلمة المرور الجديدة
account-change-password-hint = { $min ->
    [zero] بضع كلمات لا رابط بينها تفي بالغرض.
    [one] حرف واحد على الأقل. بضع كلمات لا رابط بينها تفي بالغرض.
    [two] حرفان على الأقل. بضع كلمات لا رابط بينها تفي بالغرض.
    [few] { $min } أحرف على الأقل. بضع كلمات لا رابط بينها تفي بالغرض.
    [many] { $min } حرفًا على الأقل. بضع كلمات لا رابط بينها تفي بالغرض.
   *[other] { $min } حرف على الأقل. بضع كلمات لا رابط بينها تفي بالغرض.
}

account-email-heading = تغيير عنوان البريد الإلكتروني
account-email-sent = تحقّق من بريدك الوارد: أرسلنا رابطًا إلى العنوان الجديد. يتغيّر عنوانك عندما تفتحه.
account-email-pending = بانتظار تأكيدك للعنوان { $new_email }. إلى أن تفتح الرابط الذي أرسلناه إليه، يبقى عنوانك { $email }.
account-new-email-label = عنوان البريد الإلكتروني الجديد
account-email-send = إرسال رابط التأكيد

## Forgotten passwords and e-mail verification

account-forgot-heading = هل نسيت كلمة المرور؟
account-forgot-intro = أدخل عنوان البريد الإلكتروني لحسابك وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
account-forgot-send = إرسال الرابط
account-forgot-sent = { $minutes ->
    [zero] إذا كان هناك حساب يستخدم هذا العنوان، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة.
    [one] إذا كان هناك حساب يستخدم هذا العنوان، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة. يعمل الرابط لمدة دقيقة واحدة.
    [two] إذا كان هناك حساب يستخدم هذا العنوان، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة. يعمل الرابط لمدة دقيقتين.
    [few] إذا كان هناك حساب يستخدم هذا العنوان، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة. يعمل الرابط لمدة { $minutes } دقائق.
   *[other] إذا كان هناك حساب يستخدم هذا العنوان، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة. يعمل الرابط لمدة { $minutes } دقيقة.
}
account-back-to-sign-in = العودة إلى تسجيل الدخول
account-reset-heading = اختر كلمة مرور جديدة
account-reset-intro = اختيارها يسجّل خروجك من كل مكان، ثم سجّل الدخول بكلمة المرور الجديدة.
account-reset-save = حفظ كلمة المرور الجديدة
account-reset-new-link = اطلب رابطًا جديدًا
account-verify-heading = أكّد عنوان بريدك الإلكتروني
account-verify-button = تأكيد عنوان بريدي الإلكتروني
account-verify-banner-title = تحقّق من عنوان بريدك الإلكتروني.
account-verify-banner-text = أرسلنا رابطًا إلى { $email }. إلى أن تفتحه، يمكنك تصفّح الإقامات وحفظها، لكن لا يمكنك الحجز أو نشر إعلان.
account-verify-resend = إرسال رابط جديد
account-verify-resent = رابط جديد في طريقه إليك.

## What is wrong with a form

account-error-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.com.
account-error-name-missing = أدخل الاسم الذي سيراه المضيفون والضيوف.
account-error-name-too-long = استخدم 60 حرفًا على الأكثر، من دون فواصل أسطر.
account-error-password-too-short = { $min ->
    [zero] استخدم { $min } حرف على الأقل.
    [one] استخدم حرفًا واحدًا على الأقل.
    [two] استخدم حرفين على الأقل.
    [few] استخدم { $min } أحرف على الأقل.
    [many] استخدم { $min } حرفًا على الأقل.
   *[other] استخدم { $min } حرف على الأقل.
}
account-error-too-long = { $max ->
    [zero] استخدم { $max } حرف على الأكثر.
    [one] استخدم حرفًا واحدًا على الأكثر.
    [two] استخدم حرفين على الأكثر.
    [few] استخدم { $max } أحرف على الأكثر.
    [many] استخدم { $max } حرفًا على الأكثر.
   *[other] استخدم { $max } حرف على الأكثر.
}
account-error-password-weak = اختر كلمة مرور أصعب. { $reason ->
    [straight-rows] صفوف المفاتيح المتتالية سهلة التخمين.
    [keyboard-pattern] أنماط لوحة المفاتيح القصيرة سهلة التخمين.
    [repeats] التكرارات مثل "aaa" سهلة التخمين.
    [repeated-sequence] التكرارات مثل "abcabcabc" أصعب تخمينًا من "abc" بقليل فقط.
    [top-10] هذه واحدة من أكثر 10 كلمات مرور شيوعًا.
    [top-100] هذه واحدة من أكثر 100 كلمة مرور شيوعًا.
    [common] هذه كلمة مرور شائعة جدًا.
    [similar-to-common] هذه تشبه كلمة مرور شائعة الاستخدام.
    [sequence] التسلسلات مثل abc أو 6543 سهلة التخمين.
    [recent-years] السنوات الأخيرة سهلة التخمين.
    [single-word] الكلمة الواحدة وحدها سهلة التخمين.
    [dates] التواريخ غالبًا ما تكون سهلة التخمين.
    [names] الأسماء وأسماء العائلات وحدها سهلة التخمين.
    [common-names] الأسماء وأسماء العائلات الشائعة سهلة التخمين.
   *[other] من السهل جدًا تخمينها.
}
account-error-same-password = اختر كلمة مرور مختلفة عن الحالية.
account-error-wrong-password = هذه ليست كلمة مرورك الحالية.
account-error-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل. سجّل الدخول بدلًا من ذلك.
account-error-invalid-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة.
account-error-same-email = هذا عنوانك بالفعل.
account-error-email-in-use = هناك حساب آخر يستخدم هذا العنوان.
account-error-email-in-use-now = أصبح حساب آخر يستخدم هذا العنوان.
account-error-already-verified = تم التحقق من عنوان بريدك الإلكتروني بالفعل.
account-error-bad-link = هذا الرابط غير صالح أو انتهت صلاحيته. اطلب رابطًا جديدًا.
account-error-control-characters = أزل أحرف التحكم.
account-error-language = استخدم رمز لغة مثل ar أو pt-BR.
account-error-currency = اختر USD أو EUR أو GBP.
account-error-time-zone = استخدم منطقة زمنية مثل Asia/Dubai.
account-error-languages = اذكر 10 لغات على الأكثر.
account-display-currency-label = عرض الأسعار بعملة
account-display-currency-own = عملة كل مكان إقامة
account-error-display-currency = اختر إحدى العملات المعروضة، أو عملة كل مكان إقامة.
