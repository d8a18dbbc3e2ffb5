package io.github.nexmock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IniFileTest {

    @Test
    void readsSectionsKeysAndCommentsAsNexmoCliWritesThem() {
        IniFile ini = IniFile.parse(
                "; written by nexmo setup\n[credentials]\napi_key = abc123\n# note\napi_secret=s3cr3t ; inline\n");

        assertThat(ini.value("credentials", "api_key")).contains("abc123");
        assertThat(ini.value("credentials", "api_secret")).contains("s3cr3t");
        assertThat(ini.value("credentials", "missing")).isEmpty();
        assertThat(ini.value("other", "api_key")).isEmpty();
    }

    @Test
    void decodesJsonQuotedMultiLineValues() {
        IniFile ini = IniFile.parse(
                "[app_config]\r\napp_id=1234\r\nprivate_key=\"-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n\"\r\n");

        assertThat(ini.value("app_config", "private_key"))
                .contains("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n");
    }

    @Test
    void keepsEscapedCommentCharactersAndSingleQuotedValues() {
        IniFile ini = IniFile.parse("[credentials]\napi_key='a;b'\napi_secret=x\\#y\\;z\n");

        assertThat(ini.value("credentials", "api_key")).contains("a;b");
        assertThat(ini.value("credentials", "api_secret")).contains("x#y;z");
    }

    @Test
    void rendersWhatItParsesBackUnchanged() {
        String pem = "-----BEGIN PRIVATE KEY-----\nMIIE=\n-----END PRIVATE KEY-----\n";
        IniFile ini = IniFile.empty()
                .with("app_config", "app_id", "aaaaaaaa-bbbb-cccc-dddd-0123456789ab")
                .with("app_config", "private_key", pem)
                .with("credentials", "api_secret", "a#b;c");

        IniFile reread = IniFile.parse(ini.render());

        assertThat(ini.render())
                .startsWith("[app_config]\napp_id=aaaaaaaa-bbbb-cccc-dddd-0123456789ab\nprivate_key=\"-----BEGIN");
        assertThat(reread.value("app_config", "private_key")).contains(pem);
        assertThat(reread.value("credentials", "api_secret")).contains("a#b;c");
    }

    @Test
    void withKeepsOtherValuesAndLeavesTheOriginalUnchanged() {
        IniFile original = IniFile.parse("[app_config]\napp_id=old\nextra=kept\n");

        IniFile changed = original.with("app_config", "app_id", "new");

        assertThat(changed.value("app_config", "app_id")).contains("new");
        assertThat(changed.value("app_config", "extra")).contains("kept");
        assertThat(original.value("app_config", "app_id")).contains("old");
    }

    @Test
    void refusesABrokenQuotedValue() {
        assertThatThrownBy(() -> IniFile.parse("[a]\nb=\"bad \\q escape\"\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quoted value");
    }
}
