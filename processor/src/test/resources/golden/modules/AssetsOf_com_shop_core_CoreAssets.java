package assetflow_aggregated;

import javax.annotation.processing.Generated;

/**
 * Assetflow metadata of {@code com.shop.core.CoreAssets}, read back from the class path by the Assetflow annotation
 * processor of downstream modules and later partial compilations. Not for use in code.
 */
@Generated("dev.assetflow.processor.AssetflowProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class AssetsOf_com_shop_core_CoreAssets {
    public static final String METADATA = "assetflow-metadata\t1\n"
            + "type\tcom.shop.core.CoreAssets\n"
            + "method\tcom.shop.core.CoreAssets#rawOrders()\te9367f4750efc271\n"
            + "method\tcom.shop.core.CoreAssets#orders(java.util.List)\t9f69d688b58eafc6\trawOrders\n"
            + "method\tcom.shop.core.CoreAssets#customers()\t6773f6a6e9ef272b\n"
            + "method\tcom.shop.core.CoreAssets#ordersHaveCustomers(java.util.List)\t512be58a0836dfbe\torders\n"
            + "record\tcom.shop.core.Customer\tcustomer:0\tregion:0\n"
            + "record\tcom.shop.core.Order\tid:0\tcustomer:0\tamount:1\n"
            + "record\tcom.shop.core.RawOrder\tid:0\tcustomer:0\tamount:1\n"
            + "node\tcom.shop.core.CoreAssets#customers()\t3b67c701eb2c30c9\tcom.shop.core.Customer#<init>(java.lang.String,java.lang.String)\tcom.shop.core.Customer#{}\n"
            + "node\tcom.shop.core.CoreAssets#orders(java.util.List)\tb68d7f6037d27a88\tcom.shop.core.Names#clean(java.lang.String)\tcom.shop.core.Order#<init>(long,java.lang.String,java.lang.Double)\tcom.shop.core.Order#amount()\tcom.shop.core.Order#customer()\tcom.shop.core.Order#id()\tcom.shop.core.Order#{}\tcom.shop.core.RawOrder#amount()\tcom.shop.core.RawOrder#customer()\tcom.shop.core.RawOrder#id()\n"
            + "node\tcom.shop.core.CoreAssets#ordersHaveCustomers(java.util.List)\t0aaa000b5cc94d0f\tcom.shop.core.Order#customer()\tdev.assetflow.runtime.CheckResult#failed(java.lang.String)\tdev.assetflow.runtime.CheckResult#passed(java.lang.String)\n"
            + "node\tcom.shop.core.CoreAssets#rawOrders()\t245ca108563b6d43\tcom.shop.core.RawOrder#<init>(long,java.lang.String,java.lang.Double)\tcom.shop.core.RawOrder#{}\n"
            + "node\tcom.shop.core.Customer#<init>(java.lang.String,java.lang.String)\t15851b03a67c23f9\tcom.shop.core.Customer#{}\n"
            + "node\tcom.shop.core.Names#clean(java.lang.String)\t4d4202fd95b6c71b\n"
            + "node\tcom.shop.core.Order#<init>(long,java.lang.String,java.lang.Double)\t40e50ef5fce44431\tcom.shop.core.Order#{}\n"
            + "node\tcom.shop.core.RawOrder#<init>(long,java.lang.String,java.lang.Double)\t40e50ef5fce44431\tcom.shop.core.RawOrder#{}\n";

    private AssetsOf_com_shop_core_CoreAssets() {
    }
}
