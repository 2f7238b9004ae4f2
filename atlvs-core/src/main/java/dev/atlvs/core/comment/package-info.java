/**
 * Comments: threaded discussion on any record of a registered entity type, one level deep, with
 * mentions that notify members, resolvable threads, moderation and emoji reactions.
 *
 * <pre>{@code
 * CommentService comments = new CommentService(tx);
 * EntityRef stage = EntityTypes.require("location").ref(stageId);
 * Comment question = comments.post(stage, "Power at the FOH position, "
 *         + Mentions.format(danaId, "Dana Reyes") + "?");                  // notifies Dana
 * comments.reply(question.id(), "Two 32 A CEE drops, confirmed.");
 * comments.resolve(question.id());
 * List<CommentThread> threads = comments.thread(stage);
 * }</pre>
 */
package dev.atlvs.core.comment;
