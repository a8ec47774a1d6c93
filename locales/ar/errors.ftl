## errors
## ما حدث من خطأ كما تعرضه الصفحات (`AppError`)، وتسميات الأنواع التي تشترك فيها كل الأجزاء.

error-not-found = لم يُعثر على: { $what }.
error-not-found-listing = لم يُعثر على الإعلان.
error-not-found-saved-listing = لم يُعثر على الإعلان المحفوظ.
error-not-found-booking = لم يُعثر على الحجز.
error-not-found-photo = لم يُعثر على الصورة.
error-not-found-review = لم يُعثر على التقييم.
error-not-found-conversation = لم يُعثر على المحادثة.
error-not-found-calendar = لم يُعثر على التقويم.
error-not-found-calendar-feed = لم يُعثر على التقويم المستورد.
error-not-found-conflict = لم يُعثر على التعارض.
error-not-found-guidebook-place = لم يُعثر على المكان في الدليل.
error-not-found-plan = لم يُعثر على الخطة.
error-not-found-plan-stop = لم يُعثر على محطة الخطة.
error-not-found-payout = لم يُعثر على الدفعة.
error-not-found-account = لم يُعثر على الحساب.
error-not-found-user = لم يُعثر على المستخدم.
error-unauthorized = يُرجى تسجيل الدخول للمتابعة.
error-forbidden = غير مسموح لك بالقيام بذلك.
error-email-unverified = يُرجى تأكيد عنوان بريدك الإلكتروني أولًا: اتبع الرابط الذي أرسلناه إليك، أو اطلب رابطًا جديدًا من صفحة حسابك.
error-check-form = راجع النموذج.
error-rate-limited = { $seconds ->
    [zero] محاولات كثيرة جدًا. يُرجى الانتظار ثم المحاولة مرة أخرى.
    [one] محاولات كثيرة جدًا. يُرجى الانتظار ثانية واحدة ثم المحاولة مرة أخرى.
    [two] محاولات كثيرة جدًا. يُرجى الانتظار ثانيتين ثم المحاولة مرة أخرى.
    [few] محاولات كثيرة جدًا. يُرجى الانتظار { $seconds } ثوانٍ ثم المحاولة مرة أخرى.
    [many] محاولات كثيرة جدًا. يُرجى الانتظار { $seconds } ثانية ثم المحاولة مرة أخرى.
   *[other] محاولات كثيرة جدًا. يُرجى الانتظار { $seconds } ثانية ثم المحاولة مرة أخرى.
}
error-unavailable = يواجه Haven صعوبة في الوصول إلى قاعدة بياناته. يُرجى المحاولة مرة أخرى بعد قليل.
error-internal = حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى.
error-transport = تعذّر الوصول إلى Haven: { $detail }
error-invalid-request = طلب غير صالح: { $detail }

## المبالغ المكتوبة (الأسعار والرسوم)
error-amount-negative = لا يمكن أن يكون المبلغ سالبًا.
error-amount-malformed = اكتب مبلغًا مثل 120 أو 99.50.
error-amount-too-large = اكتب { $max } على الأكثر.

## مزامنة التقويمات
error-feed-name-missing = سمِّ التقويم، مثل «Airbnb».
error-feed-name-too-long = استخدم { $max } حرفًا على الأكثر، في سطر واحد.

## خطوات محرر الإعلان وخياراته
label-step-basics = الأساسيات
label-step-location = الموقع
label-step-capacity = الضيوف والغرف
label-step-amenities = المرافق
label-step-rules = قواعد المنزل
label-step-pricing = الأسعار
label-step-booking = إعدادات الحجز
label-policy-flexible = مرنة: استرداد كامل حتى اليوم السابق للوصول
label-policy-moderate = معتدلة: استرداد كامل حتى 5 أيام قبل الوصول
label-policy-strict = صارمة: استرداد كامل حتى 14 يومًا قبل الوصول، ونصف المبلغ حتى 7 أيام
