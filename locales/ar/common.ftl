## الترويسة والتذييل وما تشترك فيه كل الصفحات.

site-title = Haven · إيجارات العطلات
page-title = { $title } · Haven

nav-skip = انتقل إلى المحتوى
nav-home = الصفحة الرئيسية لـ Haven
nav-main = الرئيسية
nav-explore = استكشف
nav-sign-in = دخول
nav-sign-up = إنشاء حساب
nav-notifications = { $unread ->
    [0] الإشعارات
    [zero] الإشعارات
    [one] الإشعارات، إشعار واحد غير مقروء
    [two] الإشعارات، إشعاران غير مقروءين
    [few] الإشعارات، { $unread } إشعارات غير مقروءة
   *[other] الإشعارات، { $unread } إشعارًا غير مقروء
}
nav-inbox-unread = { $unread ->
    [0] الرسائل
    [zero] الرسائل
    [one] الرسائل، محادثة واحدة غير مقروءة
    [two] الرسائل، محادثتان غير مقروءتين
    [few] الرسائل، { $unread } محادثات غير مقروءة
   *[other] الرسائل، { $unread } محادثة غير مقروءة
}
nav-account-menu = قائمة حساب { $name }
nav-account = حسابك
nav-trips = الرحلات
nav-wishlists = المفضلة
nav-inbox = الرسائل
nav-notifications-link = الإشعارات
nav-dashboard = لوحة التحكم
nav-listings = إعلاناتك
nav-reservations = الحجوزات
nav-sign-out = تسجيل الخروج

footer-about = © Haven · سوق مفتوح المصدر لإيجارات العطلات
footer-prices = الأسعار لليلة الواحدة، من دون رسوم التنظيف والخدمة.
footer-language = اللغة
footer-language-apply = تغيير

## عناصر تستخدمها كل الصفحات: بطاقات الإعلانات والتقييمات ومعرض الصور والخرائط والأخطاء والتنبيهات.

card-meta = { $guests ->
    [zero] { $kind } · بلا ضيوف
    [one] { $kind } · حتى ضيف واحد
    [two] { $kind } · حتى ضيفين
    [few] { $kind } · حتى { $guests } ضيوف
    [many] { $kind } · حتى { $guests } ضيفًا
   *[other] { $kind } · حتى { $guests } ضيف
}
card-per-night = لليلة
card-total-for = { $nights ->
    [zero] الإجمالي
    [one] الإجمالي لليلة واحدة
    [two] الإجمالي لليلتين
    [few] الإجمالي لـ { $nights } ليالٍ
    [many] الإجمالي لـ { $nights } ليلة
   *[other] الإجمالي لـ { $nights } ليلة
}
heart-save = احفظ { $title } في المفضلة
heart-remove = أزل { $title } من المفضلة
rating-new = جديد
rating-host-badge = مضيف متميز
rating-stars = ★ { $average } ({ $count })
rating-spoken = { $count ->
    [zero] التقييم { $average } من 5
    [one] التقييم { $average } من 5 بناءً على تقييم واحد
    [two] التقييم { $average } من 5 بناءً على تقييمين
    [few] التقييم { $average } من 5 بناءً على { $count } تقييمات
    [many] التقييم { $average } من 5 بناءً على { $count } تقييمًا
   *[other] التقييم { $average } من 5 بناءً على { $count } تقييم
}
gallery-role = عرض دوّار
gallery-empty = لا توجد صور بعد
gallery-label = صور { $title }
gallery-previous = الصورة السابقة
gallery-next = الصورة التالية
gallery-counter = { $photo } / { $count }
gallery-keys = استخدم ← → للتصفح
gallery-thumbs = كل الصور
gallery-photo = الصورة { $photo } من { $count }
loading-stays = جارٍ تحميل الإقامات
loading-rows = جارٍ التحميل…
not-found-title = الصفحة غير موجودة
not-found-heading = لا نجد هذه الصفحة
not-found-text = ربما نُقلت الصفحة، أو لم يعد الإعلان متاحًا.
not-found-explore = استكشف الإقامات
failed-title = حدث خطأ ما
failed-home = العودة إلى الصفحة الرئيسية
toast-wishlist-saved = حُفظ في المفضلة.
toast-wishlist-removed = أُزيل من المفضلة.
toast-request-accepted = قُبل الطلب. أبلغنا الضيف.
toast-request-declined = رُفض الطلب. أبلغنا الضيف.
toast-booking-cancelled = أُلغي الحجز.
pwa-update = يتوفر إصدار جديد من Haven.
pwa-reload = إعادة التحميل
pwa-reloading = جارٍ إعادة التحميل…
map-failed = تعذّر تحميل الخريطة.
map-picker-label = اختر الموقع على الخريطة
map-picker-failed = تعذّر تحميل الخريطة: اكتب الإحداثيات بدلًا من ذلك.
map-picker-marker = اسحب إلى الموضع الدقيق
map-results-label = خريطة النتائج
map-hide = إخفاء الخريطة
map-show = إظهار الخريطة
map-search-area = ابحث في هذه المنطقة
map-pin-label = { $title }، { $price } لليلة
map-zoom-in = تكبير
map-zoom-out = تصغير

moment = { $date }، { $time } ({ $zone })
