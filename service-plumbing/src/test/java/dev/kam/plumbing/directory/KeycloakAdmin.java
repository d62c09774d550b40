package dev.kam.plumbing.directory;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The local stack's Keycloak as its administrator sees it (admin / admin of the master realm, local
 * only): creates and removes the users the directory tests look up.
 */
final class KeycloakAdmin {

    private final String url;
    private final String realm;

    KeycloakAdmin(String url, String realm) {
        this.url = url;
        this.realm = realm;
    }

    /** A new user of the realm; returns its id. */
    String createUser(boolean enabled) {
        String username = "directory-test-" + UUID.randomUUID();
        String location = given().auth().oauth2(token()).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", enabled, "firstName", "Dora", "lastName", "Test"))
                .post(url + "/admin/realms/" + realm + "/users")
                .then().statusCode(201)
                .extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    void deleteUser(String id) {
        given().auth().oauth2(token()).delete(url + "/admin/realms/" + realm + "/users/" + id)
                .then().statusCode(204);
    }

    /** The id of the user behind a client's service account. */
    String serviceAccountUserId(String clientId) {
        List<String> ids = given().auth().oauth2(token()).queryParam("clientId", clientId)
                .get(url + "/admin/realms/" + realm + "/clients")
                .then().statusCode(200).extract().jsonPath().getList("id");
        return given().auth().oauth2(token())
                .get(url + "/admin/realms/" + realm + "/clients/" + ids.get(0) + "/service-account-user")
                .then().statusCode(200).extract().jsonPath().getString("id");
    }

    private String token() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(url + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().jsonPath().getString("access_token");
    }
}
