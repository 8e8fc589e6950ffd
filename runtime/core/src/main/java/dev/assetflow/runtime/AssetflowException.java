package dev.assetflow.runtime;

/** The base of every exception Assetflow throws at run time. */
public class AssetflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AssetflowException(String message) {
        super(message);
    }

    public AssetflowException(String message, Throwable cause) {
        super(message, cause);
    }
}
