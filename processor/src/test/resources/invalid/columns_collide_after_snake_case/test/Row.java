package test;

public record Row(long userId, String user_id) {} // error: [assetflow:duplicate-column] components userId and user_id of test.Row both become column 'user_id'
