-- The domain event types the finance module publishes (see atlvs.event_types).
select atlvs.register_event_type('invoice.issued', 'invoice', 'an invoice or credit note was issued');
select atlvs.register_event_type('invoice.voided', 'invoice', 'an invoice was voided');
select atlvs.register_event_type('invoice.partially_paid', 'invoice', 'a payment settled part of an invoice');
select atlvs.register_event_type('invoice.paid', 'invoice', 'a payment settled what was left of an invoice');
select atlvs.register_event_type('payment.recorded', 'payment', 'a receipt or disbursement was recorded and allocated');
select atlvs.register_event_type('expense.recorded', 'expense', 'an expense was recorded as a draft');
select atlvs.register_event_type('expense.submitted', 'expense', 'an expense was submitted for approval');
select atlvs.register_event_type('expense.recalled', 'expense', 'a submitted expense went back to draft');
select atlvs.register_event_type('expense.under_review', 'expense', 'an expense is being reviewed');
select atlvs.register_event_type('expense.approved', 'expense', 'an expense was approved and posted');
select atlvs.register_event_type('expense.rejected', 'expense', 'an expense was rejected');
select atlvs.register_event_type('expense.paid', 'expense', 'an approved expense was paid');
select atlvs.register_event_type('expense.cancelled', 'expense', 'an expense was cancelled');
