-- Time-proportional straight-line recognition: in proportion to the days of service, and the mid-month
-- convention. Plain straight_line stays; its schedule is in whole months only for month-aligned periods.
alter table atlvs.revenue drop constraint revenue_recognition_method_check;
alter table atlvs.revenue add constraint revenue_recognition_method_check check (recognition_method in
    ('on_date', 'on_milestone', 'straight_line', 'straight_line_daily', 'straight_line_mid_month'));

comment on column atlvs.revenue.recognition_method is
    'on_date, on_milestone, or straight-line over service_start to service_end: straight_line (whole months when the '
    'period starts on the first and ends on the last day of a month, else by days), straight_line_daily (by days of '
    'service), straight_line_mid_month (a month covered in part counts half).';
