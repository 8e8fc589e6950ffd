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
            + "method\tcom.shop.core.CoreAssets#rawOrders()\t96d84630a5206ea3\n"
            + "method\tcom.shop.core.CoreAssets#orders(java.util.List)\t2d4444d6261d2d66\trawOrders\n"
            + "method\tcom.shop.core.CoreAssets#customers()\t02a5c435fb131a5a\n"
            + "method\tcom.shop.core.CoreAssets#ordersHaveCustomers(java.util.List)\t009671e342eba462\torders\n"
            + "record\tcom.shop.core.Customer\tcustomer:0\tregion:0\n"
            + "record\tcom.shop.core.Order\tid:0\tcustomer:0\tamount:1\n"
            + "record\tcom.shop.core.RawOrder\tid:0\tcustomer:0\tamount:1\n"
            + "node\tcom.shop.core.CoreAssets#customers()\t2baad3a2a615d0c5\tcom.shop.core.Customer#<init>(java.lang.String,java.lang.String)\tcom.shop.core.Customer#{}\n"
            + "node\tcom.shop.core.CoreAssets#orders(java.util.List)\t8abb5a25055aa308\tcom.shop.core.Names#clean(java.lang.String)\tcom.shop.core.Order#<init>(long,java.lang.String,java.lang.Double)\tcom.shop.core.Order#amount()\tcom.shop.core.Order#customer()\tcom.shop.core.Order#id()\tcom.shop.core.Order#{}\tcom.shop.core.RawOrder#amount()\tcom.shop.core.RawOrder#customer()\tcom.shop.core.RawOrder#id()\n"
            + "node\tcom.shop.core.CoreAssets#ordersHaveCustomers(java.util.List)\t0ff6f48762d630ad\tcom.shop.core.Order#customer()\tdev.assetflow.runtime.CheckResult#failed(java.lang.String)\tdev.assetflow.runtime.CheckResult#passed(java.lang.String)\n"
            + "node\tcom.shop.core.CoreAssets#rawOrders()\td2c40709ce7e1879\tcom.shop.core.RawOrder#<init>(long,java.lang.String,java.lang.Double)\tcom.shop.core.RawOrder#{}\n"
            + "node\tcom.shop.core.Customer#<init>(java.lang.String,java.lang.String)\td8ba5abbfec41e99\tcom.shop.core.Customer#{}\n"
            + "node\tcom.shop.core.Names#clean(java.lang.String)\tbf20101c157e4328\n"
            + "node\tcom.shop.core.Order#<init>(long,java.lang.String,java.lang.Double)\ta578056846232d1a\tcom.shop.core.Order#{}\n"
            + "node\tcom.shop.core.RawOrder#<init>(long,java.lang.String,java.lang.Double)\ta578056846232d1a\tcom.shop.core.RawOrder#{}\n";

    private AssetsOf_com_shop_core_CoreAssets() {
    }
}
