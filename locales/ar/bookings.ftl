## bookings
## الرحلات، والرحلة الواحدة (وهي أيضًا ما يراه المضيف من الحجز)، وحجوزات المضيف وتقويمه،
## والإشعارات، وما يُخبر به نظام الحجز الناس.

## حالة الحجز.
booking-status-pending = بانتظار المضيف
booking-status-confirmed = مؤكَّد
booking-status-declined = مرفوض
booking-status-expired = منتهي الصلاحية
booking-status-cancelled = ملغى
booking-status-completed = مكتمل

booking-stay-line = من { $check_in } إلى { $check_out } · { $nights ->
    [zero] { $nights } ليلة
    [one] ليلة واحدة
    [two] ليلتان
    [few] { $nights } ليالٍ
    [many] { $nights } ليلة
   *[other] { $nights } ليلة
} · { $guests ->
    [zero] { $guests } ضيف
    [one] ضيف واحد
    [two] ضيفان
    [few] { $guests } ضيوف
    [many] { $guests } ضيفًا
   *[other] { $guests } ضيف
}
booking-guests = { $guests ->
    [zero] { $guests } ضيف
    [one] ضيف واحد
    [two] ضيفان
    [few] { $guests } ضيوف
    [many] { $guests } ضيفًا
   *[other] { $guests } ضيف
}
booking-row-guest = الضيف: { $name }
booking-row-host = المضيف: { $name }

## الرحلات (/trips).
booking-trips-title = الرحلات
booking-trips-empty = لا توجد رحلات بعد.
booking-trips-find = ابحث عن مكان للإقامة
booking-trips-upcoming = القادمة
booking-trips-waiting = بانتظار المضيف
booking-trips-past = السابقة
booking-trips-cancelled = الملغاة والمرفوضة

## رحلة واحدة (/trips/:id).
booking-trip-title = رحلتك
booking-trip-requested = أُرسل الطلب. أمام المضيف 24 ساعة للرد.
booking-trip-booked = تم الحجز. رحلة سعيدة!
booking-view-listing = عرض الإعلان
booking-messages = الرسائل
booking-waiting-until = بانتظار رد المضيف حتى { $time }.
booking-your-guest = ضيفك
booking-your-host = مضيفك
booking-contact = التواصل:
booking-guest-message = الرسالة: { $text }
booking-history = السجل
booking-history-line = { $time }: { $status }، بواسطة { $by ->
    [guest] الضيف
    [host] المضيف
   *[system] النظام
} ({ $reason })
booking-price = السعر
booking-total = المجموع
booking-refunded = المبلغ المسترد
booking-accept = قبول
booking-decline = رفض
booking-cancel-open = إلغاء…
booking-refund-preview = ستسترد { $refund }. { $rule }
booking-cancel-reason = السبب (اختياري)
booking-cancel-submit = إلغاء هذا الحجز

## بنود سعر الحجز.
booking-line-nights = { $nights ->
    [zero] { $nights } ليلة
    [one] ليلة واحدة
    [two] ليلتان
    [few] { $nights } ليالٍ
    [many] { $nights } ليلة
   *[other] { $nights } ليلة
}
booking-line-weekly-discount = خصم أسبوعي
booking-line-monthly-discount = خصم شهري
booking-line-cleaning = رسوم التنظيف
booking-line-service = رسوم خدمة Haven
booking-line-taxes = الضرائب

## ما يُسترد عند الإلغاء، ولماذا.
booking-refund-unconfirmed = لا يُحتسب أي مبلغ على طلب لم يُؤكَّد قط.
booking-refund-host-cancelled = ألغى المضيف الحجز: يسترد الضيف المبلغ كاملًا.
booking-refund-full = أُلغي الحجز في الوقت المناسب لاسترداد المبلغ كاملًا.
booking-refund-half-moderate = قبل الوصول بأقل من 5 أيام: يُسترد نصف تكلفة الإقامة، من دون رسوم الخدمة.
booking-refund-half-strict = قبل الوصول بأقل من 14 يومًا: يُسترد نصف تكلفة الإقامة، من دون رسوم الخدمة.
booking-refund-none = الموعد قريب جدًا من الوصول، فلا استرداد وفق سياسة هذا الإعلان.

## الأسباب التي يكتبها Haven في سجل الحجز.
booking-reason-requested = طُلب الحجز.
booking-reason-instant-book = حُجز بالحجز الفوري.
booking-reason-accepted = قبله المضيف.
booking-reason-declined = رفضه المضيف.
booking-reason-expired = لم يرد المضيف خلال 24 ساعة.
booking-reason-stay-over = انتهت الإقامة.
booking-reason-cancelled-by-host = ألغاه المضيف.
booking-reason-cancelled-by-guest = ألغاه الضيف.

## بطاقة الرحلة: كل ما يحتاجه الضيف عند الوصول.
booking-pass = بطاقة الرحلة
booking-pass-code = رمز التأكيد
booking-pass-check-in = الوصول
booking-pass-check-out = المغادرة
booking-pass-check-in-after = { $date } بعد { $time }
booking-pass-check-out-before = { $date } قبل { $time }
booking-pass-address = العنوان
booking-pass-guests = الضيوف
booking-pass-host = المضيف

## الإشعارات (/notifications).
booking-notifications-title = الإشعارات
booking-notifications-read = تحديد الكل كمقروء
booking-notifications-empty = لا شيء بعد. تظهر هنا أخبار حجوزاتك.

## الحجوزات (/host/reservations).
booking-reservations-title = الحجوزات
booking-reservations-empty = لا توجد حجوزات لإعلاناتك بعد.
booking-answer-by = الرد قبل { $time }
booking-accept-request = قبول طلب الحجز في { $listing }
booking-requests = الطلبات
booking-requests-none = لا توجد طلبات بانتظار الرد.
booking-upcoming-stays = الإقامات القادمة
booking-past-and-cancelled = السابقة والملغاة

## تقويم الإعلان (/host/listings/:id/calendar).
booking-calendar-title = التقويم
booking-calendar-back = → إعلاناتك
booking-calendar-sync = المزامنة مع مواقع أخرى (iCalendar)
booking-calendar-updated = تم تحديث التقويم.
booking-calendar-no-nights = لا توجد ليالٍ لعرضها.
booking-calendar-previous = → السابق
booking-calendar-next = التالي ←
booking-calendar-nights = الليالي
booking-calendar-night = { $date }: { $state ->
    [booked] محجوزة
    [blocked] مغلقة
   *[open] متاحة
}، { $price }
booking-calendar-booked-link = محجوزة
booking-calendar-change-nights = تغيير الليالي
booking-calendar-first-night = الليلة الأولى
booking-calendar-until = حتى (صباح اليوم التالي لآخر ليلة)
booking-calendar-change = التغيير
booking-calendar-block = إغلاق هذه الليالي
booking-calendar-open = فتح هذه الليالي
booking-calendar-set-price = تحديد سعر لهذه الليالي
booking-calendar-reset-price = استخدام السعر المعتاد
booking-calendar-price = سعر الليلة (لخيار «تحديد سعر»)
booking-calendar-save = حفظ
booking-calendar-bad-price = اكتب سعرًا مثل 120 أو 120.50.
booking-calendar-unknown-change = تغيير غير معروف في التقويم.
booking-calendar-bad-date = استخدم تاريخًا مثل 2026-12-24.
booking-calendar-no-change = حدّد تغييرًا واحدًا على الأقل.
booking-calendar-too-many-changes = أرسل { $max } تغييرات على الأكثر في المرة الواحدة.
booking-calendar-to-before-from = يجب أن يكون `to` بعد `from`.
booking-calendar-too-many-nights = غيّر { $max } ليلة على الأكثر في المرة الواحدة.
booking-calendar-price-range = يجب أن يكون سعر الليلة بين 0.01 و100,000.00.
booking-calendar-price-and-reset = حدّد سعرًا أو أعد تعيينه، لا الاثنين معًا.
booking-calendar-nothing-to-change = حدّد ما تريد تغييره: `blocked` أو `price_minor` أو `reset_price`.
booking-calendar-past = لا يمكن تغيير الليالي الماضية.
booking-calendar-too-far = يمتد التقويم حتى عامين مقبلين.
booking-calendar-booked = بعض هذه الليالي محجوزة، فلا يمكن إغلاقها.
booking-calendar-out-of-range = اختر ليلة أولى بين عام مضى وعامين مقبلين.

## ما يرفضه الحجز.
booking-error-unknown-action = إجراء غير معروف.
booking-error-no-listing = اختر إعلانًا.
booking-error-special-requests = يجب ألا تتجاوز الطلبات الخاصة { $max } حرف.
booking-error-nights-taken = حُجزت هذه الليالي أو أُغلقت للتو. اختر تواريخ أخرى.
booking-error-key-reused = استُخدم مفتاح Idempotency-Key هذا لطلب حجز مختلف.
booking-error-own-listing = لا يمكنك حجز إعلانك الخاص.
booking-error-request-expired = انتهت صلاحية هذا الطلب.
booking-error-stay-over = انتهت هذه الإقامة ولم يعد بالإمكان إلغاؤها.
booking-error-payment = تعذّر إتمام الدفع.
booking-refused-answer = لا يمكن الرد إلا على طلب قيد الانتظار؛ حالة هذا الحجز: { $status ->
    [pending] قيد الانتظار
    [confirmed] مؤكَّد
    [declined] مرفوض
    [expired] منتهي الصلاحية
    [cancelled] ملغى
   *[completed] مكتمل
}.
booking-refused-cancel = حالة هذا الحجز: { $status ->
    [pending] قيد الانتظار
    [confirmed] مؤكَّد
    [declined] مرفوض
    [expired] منتهي الصلاحية
    [cancelled] ملغى
   *[completed] مكتمل
}، ولم يعد بالإمكان إلغاؤه.
booking-refused = حالة هذا الحجز: { $status ->
    [pending] قيد الانتظار
    [confirmed] مؤكَّد
    [declined] مرفوض
    [expired] منتهي الصلاحية
    [cancelled] ملغى
   *[completed] مكتمل
}.

## الإشعارات (الجرس ورسائل البريد).
booking-notice-new-reservation = حجز جديد
booking-notice-new-reservation-body = حجز { $guest } { $listing } من { $check_in } إلى { $check_out }.
booking-notice-stay-booked = تم حجز إقامتك
booking-notice-stay-booked-body = { $listing }، من { $check_in } إلى { $check_out }. رحلة سعيدة!
booking-notice-new-request = طلب حجز جديد
booking-notice-new-request-body = يطلب { $guest } الإقامة في { $listing } من { $check_in } إلى { $check_out }. رُدّ خلال 24 ساعة.
booking-notice-accepted = تم قبول طلبك
booking-notice-accepted-body = قبل { $host } إقامتك في { $listing }، من { $check_in } إلى { $check_out }.
booking-notice-declined = تم رفض طلبك
booking-notice-declined-body = لا يستطيع { $host } استضافتك في { $listing } من { $check_in } إلى { $check_out }. لم يُخصم منك أي مبلغ.
booking-notice-expired = انتهت صلاحية طلبك
booking-notice-expired-body = لم يرد { $host } في الوقت المحدد بشأن { $listing }، من { $check_in } إلى { $check_out }. لم يُخصم منك أي مبلغ.
booking-notice-expired-for-host = انتهت صلاحية طلب
booking-notice-expired-for-host-body = انتهت صلاحية طلب { $guest } لـ { $listing }، من { $check_in } إلى { $check_out }، من دون رد.
booking-notice-host-cancelled = ألغى مضيفك الحجز
booking-notice-host-cancelled-body = ألغى { $host } إقامتك في { $listing }، من { $check_in } إلى { $check_out }.
booking-notice-host-cancelled-refund-body = ألغى { $host } إقامتك في { $listing }، من { $check_in } إلى { $check_out }. سيُرد إليك { $refund }.
booking-notice-guest-cancelled = ألغى ضيف حجزه
booking-notice-guest-cancelled-body = ألغى { $guest } إقامته في { $listing }، من { $check_in } إلى { $check_out }.

## دفعات المضيف (لوحة التحكم).
booking-payout-scheduled = مجدولة
booking-payout-paid = مدفوعة
booking-charged-in = خُصم بعملة { $currency }، عملة مكان الإقامة.
