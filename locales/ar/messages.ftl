## messages
## صندوق الرسائل، والمحادثة الواحدة، ونموذج «تواصل مع المضيف»، وما تُخبر به الرسائل.

## حالة المحادثة.
messages-status-inquiry = استفسار
messages-status-pending = طلب قيد الانتظار
messages-status-confirmed = محجوز
messages-status-completed = انتهت الإقامة
messages-status-declined = مرفوض
messages-status-expired = منتهي الصلاحية
messages-status-cancelled = ملغى
messages-status-other = محادثة

## الإقامة التي تتناولها المحادثة.
messages-stay-dates-guests = من { $check_in } إلى { $check_out } · { $guests ->
    [zero] { $guests } ضيف
    [one] ضيف واحد
    [two] ضيفان
    [few] { $guests } ضيوف
    [many] { $guests } ضيفًا
   *[other] { $guests } ضيف
}
messages-stay-dates = من { $check_in } إلى { $check_out }
messages-stay-guests = { $guests ->
    [zero] { $guests } ضيف
    [one] ضيف واحد
    [two] ضيفان
    [few] { $guests } ضيوف
    [many] { $guests } ضيفًا
   *[other] { $guests } ضيف
}
messages-stay-unknown = لا تواريخ بعد
messages-other-host = المضيف: { $name }
messages-other-guest = الضيف: { $name }

## صندوق الرسائل (/inbox).
messages-inbox-title = الرسائل
messages-inbox-empty = لا توجد رسائل بعد. اطرح سؤالًا على مضيف من صفحة أي إعلان.
messages-inbox-newer = الأحدث
messages-inbox-older = الأقدم
messages-inbox-pages = صفحات الرسائل
messages-conversations = المحادثات
messages-unread = { $count ->
    [one] رسالة واحدة غير مقروءة
    [two] رسالتان غير مقروءتين
    [few] { $count } رسائل غير مقروءة
    [many] { $count } رسالة غير مقروءة
   *[other] { $count } رسالة غير مقروءة
}
messages-none-yet = لا توجد رسائل بعد

## المحادثة (/inbox/:id).
messages-thread-title = محادثة
messages-view-booking = عرض الحجز
messages-view-listing = عرض الإعلان
messages-all = كل الرسائل
messages-heading = الرسائل
messages-thread-empty = لا توجد رسائل بعد.
messages-reply = الرد
messages-message = الرسالة
messages-send = إرسال
messages-you = أنت
messages-seen = شوهدت { $time }

## التواصل مع المضيف (/listings/:id/contact).
messages-contact-title = تواصل مع المضيف
messages-contact-heading = تواصل مع { $name }
messages-contact-about = بخصوص
messages-contact-intro = اسأل عن أي شيء قبل الحجز؛ سيواصل حجزك هذه المحادثة.
messages-check-in = تاريخ الوصول
messages-check-out = تاريخ المغادرة
messages-guests = الضيوف
messages-hint = حتى { $max } حرف.
messages-send-message = إرسال الرسالة

## ما لا يجوز في الرسالة.
messages-error-empty = اكتب رسالة.
messages-error-plain-text = استخدم نصًا عاديًا.
messages-error-too-long = يجب ألا تتجاوز الرسالة { $max } حرف.
messages-error-guests = من ضيف واحد إلى 50 ضيفًا.
messages-error-guest-count = أدخل عدد الضيوف.
messages-error-own-listing = هذا إعلانك الخاص.

## كيف يرد المضيف.
messages-response-rate = { $within ->
    [hour] يرد على { $rate }% من الرسائل خلال ساعة
    [hours] يرد على { $rate }% من الرسائل خلال بضع ساعات
    [day] يرد على { $rate }% من الرسائل خلال يوم
   *[other] يرد على { $rate }% من الرسائل
}

## رسالة البريد عن رسالة جديدة.
messages-notice-new = رسالة جديدة من { $sender }
messages-notice-new-body = بخصوص { $listing }: { $excerpt }
