/**
 * The API's OpenAPI document ({@code /v3/api-docs}, springdoc) as it is: the security schemes (HTTP
 * Basic, the session cookie), each operation's security and problem answers derived from the access
 * rules of the security filter chain and from the exceptions the handler declares, ETags and 304s of the
 * endpoints marked {@link cn.dongguan.cfk.shared.ETagged}, and nullable properties. The OGC API –
 * Features service documents itself ({@code /ogc/api}, in maplayer).
 */
package cn.dongguan.cfk.apidocs;
