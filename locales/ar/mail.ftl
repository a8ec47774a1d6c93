## رسائل البريد الإلكتروني، بلغة المستلم.

mail-hello = مرحبًا { $name }،
mail-footer-why = تصلك هذه الرسائل لأن { $preference } مفعّلة في حسابك.
mail-footer-unsubscribe = إلغاء الاشتراك في { $preference }
mail-footer-unsubscribe-text = إلغاء الاشتراك في { $preference }: { $url }
mail-footer-settings = غيّر ذلك من إعدادات حسابك
mail-footer-settings-text = أو غيّر ذلك من إعدادات حسابك: { $url }
mail-paste = أو الصق هذا العنوان في متصفحك: { $link }
mail-action-link = { $action }: { $link }

mail-topic-booking-updates = مستجدات الحجوزات
mail-topic-messages = إشعارات الرسائل

mail-action-read-reply = اقرأ وردّ
mail-action-trip = عرض رحلتك
mail-action-reservations = عرض الحجوزات
mail-action-open = افتح Haven
mail-message-batching = الرسائل التالية في هذه المحادثة خلال الدقائق العشر القادمة ستصلك معًا في رسالة واحدة.

mail-reset-subject = إعادة تعيين كلمة مرور Haven
mail-reset-ask = طلب أحدهم (نأمل أن تكون أنت) إعادة تعيين كلمة مرور حسابك في Haven. اختر كلمة مرور جديدة خلال { $minutes } دقيقة:
mail-reset-action = اختر كلمة مرور جديدة
mail-reset-once = يعمل الرابط مرة واحدة فقط، واستخدامه يسجّل خروجك من كل الأجهزة. إن لم تطلب ذلك فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.

mail-verify-subject = أكّد عنوان بريدك الإلكتروني
mail-verify-ask = يُرجى تأكيد أن { $email } هو عنوان بريدك الإلكتروني، خلال { $hours } ساعة:
mail-verify-action = تأكيد عنوان بريدي
mail-verify-until = إلى أن تفعل، يمكنك تصفح أماكن الإقامة وحفظها، لكن لا يمكنك الحجز أو نشر إعلان. إن لم تسجّل في Haven فتجاهل هذه الرسالة.

mail-change-subject = أكّد عنوان بريدك الإلكتروني الجديد
mail-change-ask = طلبت استخدام { $email } لحسابك في Haven. يُرجى تأكيده خلال { $hours } ساعة:
mail-change-action = تأكيد عنواني الجديد
mail-change-until = إلى أن تفعل، يحتفظ حسابك بعنوانه الحالي. إن لم تطلب ذلك فتجاهل هذه الرسالة: لن يتغير شيء.

mail-changed-subject = تغيّر عنوان البريد الإلكتروني لحسابك في Haven
mail-changed-now = أصبح عنوان البريد الإلكتروني لحسابك في Haven هو { $email }. ستصل رسائل Haven إليه وستسجّل الدخول به. لم يعد هذا العنوان مرتبطًا بالحساب.
mail-changed-warning = إن لم تُجرِ هذا التغيير فربما يعرف أحدهم كلمة مرورك. سجّل الدخول بـ { $email } وكلمة مرورك، واختر كلمة مرور جديدة وأعد العنوان كما كان:
mail-changed-action = افتح حسابي

## صفحة إلغاء الاشتراك التي يفتحها رابط في رسالة.
unsubscribe-title = إلغاء الاشتراك
unsubscribe-question = هل تريد إيقاف الرسائل عن { $topic }؟
unsubscribe-button = إلغاء الاشتراك
unsubscribe-done-title = تم إلغاء اشتراكك
unsubscribe-done = لن تصلك بعد الآن رسائل عن { $topic }. يمكنك إعادة تفعيلها من إعدادات حسابك.
unsubscribe-settings = إعدادات الحساب
unsubscribe-retry = يُرجى المحاولة مرة أخرى
unsubscribe-invalid-title = هذا الرابط لا يعمل
unsubscribe-invalid = رابط إلغاء الاشتراك هذا غير صالح: ربما تم تعديله أو اقتطاعه. يمكنك إيقاف الرسائل من إعدادات حسابك.
unsubscribe-back = العودة إلى Haven
