package alpha;

public record Row(long id) {}
