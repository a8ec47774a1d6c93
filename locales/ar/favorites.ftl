## favorites
## The wishlists page and the lists a guest saves stays to.

favorites-title = المفضلة
favorites-empty = لم تحفظ شيئًا بعد. انقر على القلب في أي إقامة تعجبك لتحتفظ بها هنا.
favorites-default-list = المحفوظات
favorites-unavailable = لم تعد متاحة
favorites-error-list-name = سمِّ القائمة بما لا يزيد على 60 حرفًا.
