package test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface Nullable {}
