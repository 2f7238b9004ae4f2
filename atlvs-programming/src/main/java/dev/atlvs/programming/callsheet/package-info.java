/**
 * Call sheets: the daily document telling crew and talent when and where to report ({@link
 * dev.atlvs.programming.callsheet.CallSheet}), one call per person ({@link dev.atlvs.programming.callsheet.CallSheetEntry})
 * and a snapshot of the calls at each distribution ({@link dev.atlvs.programming.callsheet.CallSheetRevision}).
 *
 * <p>The database holds the rules of a call whoever writes it: a confirmed booking of the person on the project covers the
 * call, a person is on one call at a time, a call lies on the sheet's date in its time zone; each call commits the
 * person's time within the project. {@link dev.atlvs.programming.callsheet.CallSheetService} publishes, distributes
 * (notifying only the people whose call changed since the last distribution, see {@link
 * dev.atlvs.programming.callsheet.RevisionDiff}), records acknowledgements and cancels; {@link
 * dev.atlvs.programming.callsheet.CallSheetGenerator} drafts a sheet from the bookings, the day's events and arrivals;
 * {@link dev.atlvs.programming.callsheet.CallSheetView} renders the calls in the event's and a viewer's time zone.
 *
 * <pre>{@code
 * CallSheetGenerator.Generated draft = new CallSheetGenerator(tx).generate(mainStageFriday.id(), friday, CallType.CREW,
 *         LocalTime.of(8, 0));
 * CallSheetService sheets = new CallSheetService(tx);
 * sheets.publish(draft.sheet().id());
 * sheets.distribute(draft.sheet().id());
 * CallSheetView view = sheets.view(draft.sheet().id(), ZoneId.of("America/New_York"));
 * }</pre>
 */
package dev.atlvs.programming.callsheet;
