## hosting
## إعلانات المضيف: «إعلاناتك»، والمحرر خطوة بخطوة، ومدير الصور، وما يقوله الخادم عن نموذج الإعلان.

## إعلاناتك

hosting-listings-title = إعلاناتك
hosting-create = أنشئ إعلانًا
hosting-listings-deleted = حُذف الإعلان.
hosting-listings-empty = ليس لديك إعلانات بعد. أنشئ واحدًا: لن يستغرق ذلك سوى دقائق.
hosting-status-listed = منشور
hosting-status-paused = متوقف مؤقتًا
hosting-listing-summary = { $city }، { $country } · { $price } لليلة · { $photos ->
    [zero] لا صور
    [one] صورة واحدة
    [two] صورتان
    [few] { $photos } صور
    [many] { $photos } صورة
   *[other] { $photos } صورة
}{ $upcoming ->
    [0] {""}
    [one] {" · "}إقامة قادمة واحدة
    [two] {" · "}إقامتان قادمتان
    [few] {" · "}{ $upcoming } إقامات قادمة
    [many] {" · "}{ $upcoming } إقامة قادمة
   *[other] {" · "}{ $upcoming } إقامة قادمة
}
hosting-action-edit = تعديل
hosting-action-photos = الصور
hosting-action-calendar = التقويم
hosting-action-guidebook = الدليل
hosting-pause = إيقاف مؤقت
hosting-list = نشر
hosting-pause-named = إيقاف { $title } مؤقتًا
hosting-list-named = نشر { $title }
hosting-delete-open = حذف…
hosting-delete-warning = لن يجده الضيوف بعد الآن. تحتفظ الإقامات السابقة بسجلاتها.
hosting-delete-named = حذف { $title }

## المحرر

hosting-edit-title = عدّل إعلانك
hosting-edit-named = تعديل «{ $title }»
hosting-steps = الخطوات
hosting-step-heading = { $number }. { $title }
hosting-step-basics = الأساسيات
hosting-step-location = الموقع
hosting-step-capacity = الضيوف والغرف
hosting-step-amenities = المرافق
hosting-step-rules = قواعد المنزل
hosting-step-pricing = الأسعار
hosting-step-booking = إعدادات الحجز
hosting-saved = تم الحفظ.
hosting-save = حفظ
hosting-save-continue = حفظ ومتابعة
hosting-create-listing = إنشاء الإعلان
hosting-discard-changes = تجاهل التغييرات غير المحفوظة
hosting-discard-draft = تجاهل هذه المسودة
hosting-choose = اختر…

hosting-field-title = العنوان
hosting-field-title-hint = أول ما يراه الضيوف: من 5 إلى 120 حرفًا.
hosting-field-property-type = نوع العقار
hosting-field-description = الوصف
hosting-field-description-hint = المكان، والحي، وما يميزه (20 حرفًا على الأقل).

hosting-place-choices = أي مكان تقصد؟
hosting-field-city = البلدة أو المدينة
hosting-field-city-hint = اكتب اسمها واخترها من القائمة، مثل «Elvas, Portalegre, Portugal».
hosting-field-address = عنوان الشارع
hosting-field-address-hint = يُشارك مع الضيوف بعد أن يحجزوا.
hosting-where-exactly = الموقع بالضبط
hosting-where-exactly-hint = انقر على الخريطة أو اكتب الدرجات العشرية. اترك الحقلين فارغين لاستخدام وسط المدينة.
hosting-field-latitude = خط العرض
hosting-field-longitude = خط الطول
hosting-map-label = ضع الإعلان على الخريطة

hosting-field-guests = الضيوف
hosting-field-guests-hint = البالغون والأطفال؛ الرضّع تحددهم قواعد المنزل.
hosting-field-bedrooms = غرف النوم
hosting-field-bedrooms-hint = 0 للاستوديو.
hosting-field-beds = الأسرّة
hosting-field-bathrooms = الحمّامات
hosting-field-bathrooms-hint = بأنصاف: 1.5 تعني حمّامًا كاملًا ودورة مياه.

hosting-amenities-legend = ما يمكن للضيوف استخدامه

hosting-field-check-in = تسجيل الوصول من
hosting-field-check-in-hint = بالتوقيت المحلي، مثل 15:00.
hosting-field-check-out = تسجيل المغادرة قبل
hosting-field-check-out-hint = بالتوقيت المحلي، مثل 11:00.
hosting-field-infants = الرضّع المسموح بهم
hosting-field-infants-hint = دون السنتين؛ لا يُحسبون ضمن الضيوف.
hosting-allowed = مسموح
hosting-allowed-pets = الحيوانات الأليفة
hosting-allowed-smoking = التدخين
hosting-allowed-events = المناسبات والحفلات
hosting-field-house-rules = أي شيء آخر ينبغي أن يعرفه الضيوف

hosting-field-currency = العملة
hosting-currency-usd = الدولار الأمريكي (USD)
hosting-currency-eur = اليورو (EUR)
hosting-currency-gbp = الجنيه الإسترليني (GBP)
hosting-field-price = السعر لليلة
hosting-field-price-hint = مثل 120 أو 120.50.
hosting-field-weekend-price = ليلتا الجمعة والسبت
hosting-field-weekend-price-hint = اختياري: اتركه فارغًا لاستخدام سعر الليلة.
hosting-field-cleaning-fee = رسوم التنظيف
hosting-field-cleaning-fee-hint = مرة واحدة لكل إقامة. اختياري.
hosting-field-weekly-discount = الخصم الأسبوعي (%)
hosting-field-weekly-discount-hint = للإقامات من 7 ليالٍ فأكثر.
hosting-field-monthly-discount = الخصم الشهري (%)
hosting-field-monthly-discount-hint = للإقامات من 28 ليلة فأكثر.

hosting-booking-mode = كيف يحجز الضيوف
hosting-booking-mode-instant = الحجز الفوري: تُؤكَّد الإقامات في الحال
hosting-booking-mode-request = طلب الحجز: تقبل كل إقامة خلال 24 ساعة
hosting-field-min-nights = أقصر إقامة (ليالٍ)
hosting-field-max-nights = أطول إقامة (ليالٍ)
hosting-field-cancellation = سياسة الإلغاء
hosting-policy-flexible = مرنة: استرداد كامل حتى اليوم السابق لتسجيل الوصول
hosting-policy-moderate = معتدلة: استرداد كامل حتى 5 أيام قبل تسجيل الوصول
hosting-policy-strict = صارمة: استرداد كامل حتى 14 يومًا قبل تسجيل الوصول، والنصف حتى 7 أيام
hosting-field-advance-notice = مهلة الإشعار المسبق (أيام)
hosting-field-advance-notice-hint = من 0 إلى 30: أقرب موعد يمكن أن تبدأ فيه الإقامة.
hosting-field-preparation = ليالي التحضير
hosting-field-preparation-hint = من 0 إلى 7 ليالٍ تبقى شاغرة بعد كل إقامة.

## مدير الصور

hosting-photos-title = صور إعلانك
hosting-photos-heading = صور «{ $title }»
hosting-photos-created = أُنشئ إعلانك. أضف صورًا، ثم انشره ليجده الضيوف.
hosting-photos-added = { $count ->
    [zero] لم تُضف أي صورة.
    [one] أُضيفت صورة واحدة.
    [two] أُضيفت صورتان.
    [few] أُضيفت { $count } صور.
    [many] أُضيفت { $count } صورة.
   *[other] أُضيفت { $count } صورة.
}
hosting-photos-too-many = هذه صورة زائدة: يمكن أن يضم الإعلان 20 صورة.
hosting-photos-upload-failed = لم ينجح الرفع.
hosting-photos-status-listed = هذا الإعلان <strong>منشور</strong>: يمكن للضيوف العثور عليه وحجزه.
hosting-photos-status-paused = هذا الإعلان <strong>متوقف مؤقتًا</strong>: لا يمكن للضيوف العثور عليه.
hosting-photos-pause = إيقاف الإعلان مؤقتًا
hosting-photos-list = انشره
hosting-photos-add = أضف صورًا
hosting-photos-add-hint = JPEG أو PNG أو WebP، بدقة 640 × 480 بكسل على الأقل، وحتى 10 ميغابايت لكل صورة؛ وحتى 20 صورة.
hosting-photos-alt = صِفها (لمن يستخدمون قارئات الشاشة)
hosting-photos-upload = رفع
hosting-photos-empty = لا صور بعد. يحجز الضيوف المنازل التي يستطيعون رؤيتها: أضف بعض الصور.
hosting-photos-edit-details = تعديل التفاصيل
hosting-photos-back = العودة إلى إعلاناتك
hosting-photos-preview = شاهده كما يراه الضيوف
hosting-photo-cover = صورة الغلاف
hosting-photo-number = الصورة { $number }
hosting-photo-resizing = {" · "}جارٍ تغيير الحجم…
hosting-photo-make-cover = اجعلها الغلاف
hosting-photo-move-earlier = انقلها للأمام
hosting-photo-move-later = انقلها للخلف
hosting-photo-delete = حذف
hosting-photo-make-cover-named = اجعلها الغلاف: الصورة { $number }
hosting-photo-move-earlier-named = انقلها للأمام: الصورة { $number }
hosting-photo-move-later-named = انقلها للخلف: الصورة { $number }
hosting-photo-delete-named = حذف: الصورة { $number }

## ما يقوله الخادم عن الإعلان

hosting-not-found-listing = الإعلان
hosting-not-found-photo = الصورة
hosting-error-unknown-step = خطوة غير معروفة.
hosting-error-check-step = راجع خطوة «{ $step }» أولًا.
hosting-error-needs-photo = أضف صورة واحدة على الأقل قبل نشره.
hosting-error-upcoming-stays = { $count ->
    [one] لهذا الإعلان إقامة قادمة واحدة: ألغِها قبل حذفه.
    [two] لهذا الإعلان إقامتان قادمتان: ألغِهما قبل حذفه.
    [few] لهذا الإعلان { $count } إقامات قادمة: ألغِها قبل حذفه.
    [many] لهذا الإعلان { $count } إقامة قادمة: ألغِها قبل حذفه.
   *[other] لهذا الإعلان { $count } إقامة قادمة: ألغِها قبل حذفه.
}
hosting-error-too-many-photos = يمكن أن يضم الإعلان { $max } صورة على الأكثر.

hosting-error-give-title = اكتب عنوانًا.
hosting-error-give-description = اكتب وصفًا.
hosting-error-give-address = اكتب عنوان الشارع.
hosting-error-choose-property-type = اختر نوع العقار.
hosting-error-choose-currency = اختر عملة.
hosting-error-choose-booking-mode = اختر كيف يحجز الضيوف.
hosting-error-choose-cancellation-policy = اختر سياسة إلغاء.
hosting-error-too-short = { $min ->
    [one] استخدم حرفًا واحدًا على الأقل.
    [two] استخدم حرفين على الأقل.
    [few] استخدم { $min } أحرف على الأقل.
    [many] استخدم { $min } حرفًا على الأقل.
   *[other] استخدم { $min } حرف على الأقل.
}
hosting-error-too-long = { $max ->
    [few] استخدم { $max } أحرف على الأكثر (الآن { $len }).
    [many] استخدم { $max } حرفًا على الأكثر (الآن { $len }).
   *[other] استخدم { $max } حرف على الأكثر (الآن { $len }).
}
hosting-error-control-characters = احذف أحرف التحكم.
hosting-error-give-number = اكتب رقمًا.
hosting-error-number-range = استخدم رقمًا من { $lo } إلى { $hi }.
hosting-error-whole-number = استخدم عددًا صحيحًا، مثل 2.
hosting-error-amount-too-large = هذا أكثر مما يقبله Haven (1,000,000).
hosting-error-amount = استخدم مبلغًا مثل 120 أو 120.50.
hosting-error-time = استخدم وقتًا مثل 15:00 (على رأس الساعة أو نصفها).
hosting-error-degrees = استخدم درجات عشرية بين -{ $limit } و{ $limit }.
hosting-error-city-missing = اكتب اسم البلدة واخترها من القائمة.
hosting-error-city-unknown = اختر البلدة التي تقصدها من القائمة، أو تحقق من الإملاء.
hosting-error-both-coordinates = أدخل الإحداثيين معًا، أو لا تدخل أيًا منهما.
hosting-error-too-far = تبعد هذه النقطة أكثر من { $km } كم عن { $city }: تحقق من الإحداثيات أو المدينة.
hosting-error-bathrooms = استخدم رقمًا بأنصاف، مثل 1 أو 1.5.
hosting-error-price-zero = يجب أن يكون سعر الليلة أكبر من صفر.
hosting-error-give-price = اكتب سعرًا لليلة.
hosting-error-weekend-price-zero = اتركه فارغًا لاستخدام سعر الليلة.
hosting-error-max-below-min = يجب ألا تقل أطول إقامة عن أقصر إقامة.
