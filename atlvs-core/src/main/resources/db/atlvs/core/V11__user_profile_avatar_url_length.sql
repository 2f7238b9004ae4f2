-- A profile's avatar URL has the same bound as the user's (users_avatar_url_check) and as the
-- @Size(max = 2048) of UserProfile.avatarUrl, which the contract guardrail compares with this CHECK.

alter table atlvs.user_profiles
    add constraint user_profiles_avatar_url_check check (length(avatar_url) <= 2048);
