## dashboard
## El panel del anfitrión (/host): las cifras del periodo, los gráficos, cada alojamiento,
## el panel «Hoy» y los pagos.

dashboard-title = Panel
dashboard-nav = Anfitrión
dashboard-nav-reservations = Reservas
dashboard-nav-listings = Tus alojamientos
dashboard-loading = Sumando tus cifras…
dashboard-performance = Rendimiento, del { $from } al { $to }
dashboard-trends = Tendencias
dashboard-listings = Alojamientos

## El selector de periodo y alojamiento.

dashboard-controls = Periodo y alojamiento
dashboard-period = Periodo
dashboard-period-7d = Últimos 7 días
dashboard-period-30d = Últimos 30 días
dashboard-period-90d = Últimos 90 días
dashboard-period-365d = Últimos 365 días
dashboard-period-next30 = Próximos 30 días (lo reservado hasta ahora)
dashboard-period-next90 = Próximos 90 días (lo reservado hasta ahora)
dashboard-period-months = Meses
dashboard-period-custom = Las fechas de abajo
dashboard-from = Desde
dashboard-to = Hasta
dashboard-listing = Alojamiento
dashboard-all-listings = Todos los alojamientos
dashboard-chart-by = Gráficos por
dashboard-granularity-day = Día
dashboard-granularity-week = Semana
dashboard-granularity-month = Mes
dashboard-show = Mostrar

## Errores del selector.

dashboard-error-period = Elige 7d, 30d, 90d, 365d, next30, next90 o un mes como 2026-11.
dashboard-error-date = Usa una fecha como 2026-11-30.
dashboard-error-end-before-start = El final es anterior al inicio.
dashboard-error-too-long = Consulta como máximo { $days } días a la vez.
dashboard-error-first-date = Indica también la primera fecha.
dashboard-error-last-date = Indica también la última fecha.
dashboard-error-listing = El id de un alojamiento es un número positivo.
dashboard-error-granularity = Elige día, semana o mes.

## Descargas.

dashboard-exports = Descargar CSV:
dashboard-export-reservations = Reservas (CSV)
dashboard-export-earnings = Líneas de ganancias (CSV)

## Cómo se escriben las cifras.

dashboard-percent = { $percent } %
# El importe ya nombra su moneda («120 US$»).
dashboard-amount-with-code = { $amount }
dashboard-duration-days = { $days } d { $hours } h
dashboard-duration-hours = { $hours } h { $minutes } min
dashboard-duration-minutes = { $minutes } min
# Puntos porcentuales.
dashboard-change-points = { $sign }{ $points } p. p.
dashboard-change-percent = { $sign }{ $percent } %

## Las tarjetas de cifras.

dashboard-kpis = Cifras del periodo
dashboard-kpi-occupancy = Ocupación
dashboard-kpi-adr = Tarifa media diaria
dashboard-kpi-revpar = RevPAR
dashboard-kpi-revenue = Ingresos
dashboard-kpi-earnings = Tus ganancias
dashboard-kpi-booked-nights = Noches reservadas
dashboard-kpi-average-stay = Estancia media
dashboard-kpi-lead-time = Antelación
dashboard-kpi-cancellation-rate = Tasa de cancelación
dashboard-kpi-acceptance-rate = Tasa de aceptación
dashboard-kpi-views = Visitas al alojamiento
dashboard-kpi-conversion = Visitas que acaban en reserva
dashboard-kpi-nights = { $nights ->
    [one] { $nights } noche
   *[other] { $nights } noches
}
dashboard-kpi-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
dashboard-kpi-vs-before = { $change } respecto al periodo anterior
dashboard-kpi-vs-before-none = Sin comparación con el periodo anterior
dashboard-kpi-vs-year = { $change } respecto a un año antes
dashboard-kpi-vs-year-none = Sin comparación con un año antes
dashboard-kpi-summary = Valor bruto de las reservas: { $gross }. { $requests ->
    [one] { $requests } solicitud de reserva, respondida
   *[other] { $requests } solicitudes de reserva, respondidas
} en { $median } (mediana). Importes en { $currency }, cada reserva al tipo de cambio del día en que se hizo.

## Las cifras de cada alojamiento.

dashboard-table-caption = Cada alojamiento en el periodo (importes en { $currency }). Elige un encabezado para ordenar.
dashboard-col-listing = Alojamiento
dashboard-col-booked = Noches reservadas
dashboard-col-occupancy = Ocupación
dashboard-col-adr = Tarifa media
dashboard-col-revpar = RevPAR
dashboard-col-revenue = Ingresos
dashboard-col-earnings = Ganancias
dashboard-col-stays = Estancias
dashboard-col-cancellations = Tasa de cancelación
dashboard-col-views = Visitas

## Los gráficos del panel.

dashboard-earnings-title = Ganancias por mes, { $year } frente a { $last_year }
dashboard-earnings-x = Mes
dashboard-earnings-y = Ganancias
dashboard-occupancy-title = { $unit ->
    [day] Ocupación por día
    [week] Ocupación por semana
   *[month] Ocupación por mes
}
dashboard-occupancy-x = { $unit ->
    [day] Día
    [week] Semana que empieza el
   *[month] Mes
}
dashboard-occupancy-y = Ocupación
dashboard-occupancy-now = Este periodo
dashboard-occupancy-earlier = Un año antes
dashboard-lead-title = Antelación: con cuánto tiempo se reservaron las estancias
dashboard-lead-x = Reservado con antelación de
dashboard-lead-count = Estancias
dashboard-lead-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
dashboard-lead-range = { $from }–{ $to } días
dashboard-lead-open = { $from }+ días

## Cualquier gráfico.

dashboard-chart-empty = No hay datos para este periodo
dashboard-chart-show-data = Ver los datos
dashboard-chart-show-data-named = Ver los datos: { $title }
dashboard-chart-no-data = Sin datos
dashboard-chart-with-unit = { $name } ({ $unit })
dashboard-chart-kind = { $kind ->
    [bars] Gráfico de barras
    [lines] Gráfico de líneas
   *[histogram] Histograma
}
dashboard-chart-summary-range = { $chart } de { $series }, de { $first } a { $last }.
dashboard-chart-summary-one = { $chart } de { $series }, { $label }.
dashboard-chart-summary-none = { $chart }.
dashboard-chart-series-list = { $init } y { $last }
dashboard-chart-highest = Valor más alto: { $point }.
dashboard-chart-table-note = La tabla que sigue al gráfico recoge todos los valores.
dashboard-chart-point = { $label }: { $value }
dashboard-chart-point-series = { $label }, { $series }: { $value }
dashboard-chart-percent = { $percent } %
dashboard-chart-money-tick = { $number } { $symbol }
dashboard-chart-millions = { $number } M
dashboard-chart-billions = { $number } mil M

## El panel «Hoy».

dashboard-today = Hoy
dashboard-today-loading = Repasando tu día…
dashboard-today-check-ins = Llegadas
dashboard-today-check-outs = Salidas
dashboard-today-when-today = Hoy ({ $count })
dashboard-today-when-tomorrow = Mañana ({ $count })
dashboard-today-arrivals-today = Llegadas de hoy
dashboard-today-arrivals-tomorrow = Llegadas de mañana
dashboard-today-no-arrivals-today = Nadie llega hoy
dashboard-today-no-arrivals-tomorrow = Nadie llega mañana
dashboard-today-departures-today = Salidas de hoy
dashboard-today-departures-tomorrow = Salidas de mañana
dashboard-today-no-departures-today = Nadie se va hoy
dashboard-today-no-departures-tomorrow = Nadie se va mañana
dashboard-today-staying = Se alojan esta noche ({ $count })
dashboard-today-staying-list = Se alojan esta noche
dashboard-today-no-staying = Nadie se aloja esta noche
dashboard-today-requests = Solicitudes pendientes ({ $count })
dashboard-today-requests-list = Solicitudes pendientes
dashboard-today-no-requests = No hay solicitudes pendientes
dashboard-today-messages = Mensajes
dashboard-today-no-unread = No hay mensajes sin leer
dashboard-today-unread = { $count ->
    [one] { $count } conversación con mensajes sin leer
   *[other] { $count } conversaciones con mensajes sin leer
}
dashboard-today-reviews = Reseñas pendientes ({ $count })
dashboard-today-reviews-list = Reseñas pendientes
dashboard-today-no-reviews = No hay reseñas pendientes
dashboard-today-more = y { $count } más
dashboard-today-stay = Del { $check_in } al { $check_out } · { $guests ->
    [one] { $guests } huésped
   *[other] { $guests } huéspedes
}
dashboard-today-answer = Responder a { $name }
dashboard-today-left = Quedan { $duration }
dashboard-today-review = Reseñar a { $name }
dashboard-today-review-dates = Salida el { $check_out } · las reseñas se cierran el { $closes_on }
dashboard-today-review-left = { $days ->
    [0] último día
    [one] queda { $days } día
   *[other] quedan { $days } días
}

## Pagos.

dashboard-payouts = Pagos
dashboard-payouts-rule = La parte de una estancia se libera a la primera medianoche (UTC) que caiga al menos 24 horas después de que termine la estancia, o tras una cancelación por lo que conservas, y se paga junto con las demás partes liberadas en ese momento.
dashboard-payouts-loading = Reuniendo tus pagos…
dashboard-payouts-totals-caption = Tus pagos por moneda: pagados, programados y por venir.
dashboard-payouts-col-currency = Moneda
dashboard-payouts-col-paid = Pagado
dashboard-payouts-col-scheduled = Programado
dashboard-payouts-col-upcoming = Por venir
dashboard-payouts-list = Programados y pagados
dashboard-payouts-none = Aún no hay pagos: llegan después de tu primera estancia completada.
dashboard-payouts-caption = Pagos programados y después los ya pagados, de más reciente a más antiguo (fechas en UTC), con las estancias que cubre cada uno.
dashboard-payouts-col-date = Fecha
dashboard-payouts-col-status = Estado
dashboard-payouts-col-amount = Importe
dashboard-payouts-col-reference = Referencia
dashboard-payouts-col-stays = Estancias
dashboard-payouts-pages = Páginas de pagos
dashboard-payouts-older = Pagos anteriores
dashboard-payouts-latest = Últimos pagos
dashboard-payouts-upcoming = Por venir
dashboard-payouts-no-upcoming = No hay estancias confirmadas pendientes de pago.
dashboard-payouts-upcoming-caption = Estancias confirmadas por fecha prevista de liberación (UTC), con lo que te pagará cada una.
dashboard-payouts-col-release = Liberación prevista
dashboard-payouts-later = Las liberaciones posteriores se cuentan en los totales de arriba.
dashboard-payout-paid-on = Pagado el { $date }
dashboard-payout-released-on = Liberado el { $date }
dashboard-payout-booking = Reserva { $id }
dashboard-payout-stay = { $listing }, del { $check_in } al { $check_out }: { $amount }
dashboard-payout-stay-cancelled = { $listing }, del { $check_in } al { $check_out }: { $amount } (cancelada: lo que conservas)
