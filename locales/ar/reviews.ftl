## reviews
## تقييمات الإعلان، وتقييمات الإقامة في صفحة الرحلة، ونموذج التقييم، وتقدّم المضيف نحو
## الشارة، وما تُخبر به التقييمات الناس.

reviews-heading = التقييمات
reviews-load-failed = تعذّر تحميل التقييمات: { $error }
reviews-count = { $count ->
    [0] لا توجد تقييمات بعد
    [zero] لا توجد تقييمات بعد
    [one] تقييم واحد
    [two] تقييمان
    [few] { $count } تقييمات
    [many] { $count } تقييمًا
   *[other] { $count } تقييم
}
reviews-pages = صفحات التقييمات
reviews-newer = تقييمات أحدث
reviews-older = تقييمات أقدم
reviews-page-of = الصفحة { $page } من { $pages }
reviews-stayed = أقام في { $month }
reviews-stars = { $stars ->
    [one] نجمة واحدة من 5
    [two] نجمتان من 5
    [few] { $stars } نجوم من 5
   *[other] { $stars } نجمة من 5
}
reviews-response-from = رد { $name }

## فئات التقييم.
reviews-category-overall = التقييم العام
reviews-category-cleanliness = النظافة
reviews-category-accuracy = الدقة
reviews-category-check-in = الوصول
reviews-category-communication = التواصل
reviews-category-location = الموقع
reviews-category-value = القيمة مقابل السعر
reviews-category-house-rules = قواعد المنزل

## الإبلاغ عن تقييم.
reviews-report = إبلاغ
reviews-report-why = لماذا؟
reviews-report-details = تفاصيل (اختياري)
reviews-report-send = إرسال البلاغ
reviews-report-sent = شكرًا: تم إرسال البلاغ.
reviews-report-spam = رسائل مزعجة أو إعلانات
reviews-report-offensive = مسيء أو يحض على الكراهية
reviews-report-not-a-stay = لا يتعلق بإقامة حقيقية
reviews-report-private = يكشف معلومات خاصة
reviews-report-other = سبب آخر

## تقييمات الإقامة في صفحة الرحلة.
reviews-about-guest = ما يقوله المضيفون عن هذا الضيف
reviews-mine-in = وصل تقييمك. يُنشر عندما يكتب { $other ->
    [host] مضيفك
   *[guest] ضيفك
} تقييمه، أو عند انتهاء المهلة.
reviews-mine-in-until = وصل تقييمك. يُنشر عندما يكتب { $other ->
    [host] مضيفك
   *[guest] ضيفك
} تقييمه، أو عند انتهاء المهلة في { $day }.
reviews-theirs-in = { $other ->
    [host] قيّم مضيفك هذه الإقامة.
   *[guest] قيّم ضيفك هذه الإقامة.
} اكتب تقييمك لتراه: يُنشر التقييمان معًا.
reviews-write = اكتب تقييمك
reviews-write-until = حتى { $day }
reviews-from = { $other ->
    [host] من مضيفك
   *[guest] من ضيفك
}
reviews-respond = الرد علنًا
reviews-respond-post = نشر الرد
reviews-yours = تقييمك

## نموذج التقييم (/trips/:id/review).
reviews-form-title = اكتب تقييمًا
reviews-form-done = لقد قيّمت هذه الإقامة.
reviews-form-closed = لا يمكن تقييم هذه الإقامة: يُفتح التقييم عند المغادرة ويُغلق بعدها بـ { $days } يومًا.
reviews-form-back = العودة إلى الرحلة
reviews-form-guest-title = كيف كانت إقامتك؟
reviews-form-guest-intro = لن يرى مضيفك تقييمك حتى يكتب تقييمه، أو حتى تنتهي المهلة.
reviews-form-host-title = كيف كان ضيفك؟
reviews-form-host-intro = لن يرى ضيفك تقييمك حتى يكتب تقييمه، أو حتى تنتهي المهلة.
reviews-form-text = تقييمك
reviews-form-text-hint = يُعرض علنًا كنص عادي؛ حتى { $max } حرف.
reviews-form-note = ملاحظة خاصة لمضيفك (اختياري)
reviews-form-note-hint = لا يقرؤها إلا مضيفك؛ حتى { $max } حرف.
reviews-form-stars = { $stars ->
    [one] نجمة واحدة
    [two] نجمتان
    [few] { $stars } نجوم
   *[other] { $stars } نجمة
}
reviews-form-submit = إرسال التقييم

## ما لا يجوز في التقييم.
reviews-error-plain-text = استخدم نصًا عاديًا.
reviews-error-too-long = يجب ألا يتجاوز النص { $max } حرف.
reviews-error-stars-range = قيّم من نجمة إلى 5 نجوم.
reviews-error-stars-missing = اختر تقييمًا من 1 إلى 5.
reviews-error-other-role = { $role ->
    [guest] لا يقيّم الضيف هذا البند.
   *[host] لا يقيّم المضيف هذا البند.
}
reviews-error-no-text = اكتب بضع كلمات عن الإقامة.
reviews-error-host-note = لا يترك ملاحظة خاصة إلا الضيف.
reviews-error-no-response = اكتب ردك.
reviews-error-not-over = يمكن تقييم الإقامة بعد انتهائها.
reviews-error-closed = انتهت مهلة تقييم هذه الإقامة.
reviews-error-already = لقد قيّمت هذه الإقامة من قبل.
reviews-error-responded = لهذا التقييم ردّك بالفعل.
reviews-error-no-page = لا توجد صفحة تقييمات كهذه.
reviews-error-report-reason = اختر سبب الإبلاغ عن هذا التقييم.

## تقدّم المضيف نحو الشارة.
reviews-standing-earned = أنت { $badge }
reviews-standing-progress = تقدّمك نحو { $badge }
reviews-standing-period = خلال آخر 365 يومًا، ويُعاد التحقق كل ليلة.
reviews-standing-criterion = المعيار
reviews-standing-you = أنت
reviews-standing-status = الحالة
reviews-standing-met = ✓ مستوفى
reviews-standing-not-yet = ليس بعد
reviews-standing-stays = { $stays } إقامات على الأقل (أو { $stays_long } إقامات مجموعها { $nights_long } ليلة)
reviews-standing-stays-you = { $stays ->
    [zero] { $stays } إقامة
    [one] إقامة واحدة
    [two] إقامتان
    [few] { $stays } إقامات
    [many] { $stays } إقامة
   *[other] { $stays } إقامة
}، { $nights ->
    [zero] { $nights } ليلة
    [one] ليلة واحدة
    [two] ليلتان
    [few] { $nights } ليالٍ
    [many] { $nights } ليلة
   *[other] { $nights } ليلة
}
reviews-standing-rating = تقييم عام { $rating } أو أكثر
reviews-standing-rating-you = { $count ->
    [one] { $rating } من تقييم واحد
    [two] { $rating } من تقييمين
    [few] { $rating } من { $count } تقييمات
    [many] { $rating } من { $count } تقييمًا
   *[other] { $rating } من { $count } تقييم
}
reviews-standing-no-reviews = لا توجد تقييمات بعد
reviews-standing-response = يرد على { $rate }% من الرسائل والطلبات خلال 24 ساعة
reviews-standing-percent = { $rate }%
reviews-standing-nothing-to-answer = لا يوجد ما يُرد عليه بعد
reviews-standing-cancellations = يلغي أقل من { $rate }% من الحجوزات
reviews-standing-cancellations-you = { $cancelled } من { $bookings ->
    [one] حجز واحد
    [two] حجزين
    [few] { $bookings } حجوزات
    [many] { $bookings } حجزًا
   *[other] { $bookings } حجز
}

## الإشعارات (الجرس ورسائل البريد).
reviews-notice-of-you = لديك تقييم جديد
reviews-notice-of-you-body = أصبح تقييم إقامتك في { $listing } منشورًا الآن.
reviews-notice-yours-public = تقييمك منشور
reviews-notice-yours-public-body = أصبح تقييمك للإقامة في { $listing } منشورًا الآن.
reviews-notice-due = كيف كانت الإقامة؟
reviews-notice-due-body = قيّم إقامتك في { $listing }: { $days ->
    [one] بقي يوم واحد
    [two] بقي يومان
    [few] بقيت { $days } أيام
    [many] بقي { $days } يومًا
   *[other] بقي { $days } يوم
}. لا يرى أيّ منكما تقييم الآخر حتى يكتب كلاكما تقييمه.
