package com.acme.a;

record HiddenRow(long id) {} // error: [assetflow:inaccessible-type] com.acme.a.HiddenRow, used by @Asset method com.acme.a.FirstAssets#first, is not accessible from package com.acme
