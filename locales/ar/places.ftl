## places
## اقتراح الأماكن أثناء كتابة اسم المدينة.

places-suggestions = اقتراحات
places-region-in = منطقة · { $country }
places-country = دولة
places-error-too-long = { $max ->
    [one] اكتب حرفًا واحدًا كحد أقصى.
    [two] اكتب حرفين كحد أقصى.
    [few] اكتب { $max } أحرف كحد أقصى.
    [many] اكتب { $max } حرفًا كحد أقصى.
   *[other] اكتب { $max } حرف كحد أقصى.
}
