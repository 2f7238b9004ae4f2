package dev.atlvs.core.comment;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A top-level comment with its live replies, oldest first.
 *
 * @param comment the top-level comment
 * @param replies its replies that are not deleted, oldest first
 */
public record CommentThread(Comment comment, List<Comment> replies) {
    public CommentThread {
        requireNonNull(comment, "comment is null");
        replies = List.copyOf(requireNonNull(replies, "replies is null"));
    }
}
