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
