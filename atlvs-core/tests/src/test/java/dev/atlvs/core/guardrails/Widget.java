package dev.atlvs.core.guardrails;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/** A throwaway value type whose declaration deliberately disagrees with its table. */
@Value.Immutable
@AtlvsStyle
interface Widget extends TenantEntity {

    enum Size { SMALL, LARGE }

    /** Declares {@code name} as an integer and {@code size} with a value set the table does not allow. */
    Table<Widget, ImmutableWidget.Builder> MISMATCHED = Table
            .tenant("throwaway_widgets", Widget.class, ImmutableWidget::builder, ImmutableWidget.Builder::build)
            .column("name", ColumnType.INTEGER, Widget::name, ImmutableWidget.Builder::name)
            .column("size", ColumnType.enumeration(Size.class), Widget::size, ImmutableWidget.Builder::size)
            .build();

    Integer name();

    Size size();

    /** Declares {@code label} with a longer bound than the table's CHECK allows and {@code count} without its sign. */
    Table<Widget, ImmutableWidget.Builder> LOOSER = Table
            .tenant("throwaway_widgets", Widget.class, ImmutableWidget::builder, ImmutableWidget.Builder::build)
            .column("label", ColumnType.TEXT, Widget::label, ImmutableWidget.Builder::label)
            .column("count", ColumnType.INTEGER, Widget::count, ImmutableWidget.Builder::count)
            .build();

    @NotBlank
    @jakarta.validation.constraints.Size(max = 200)
    @Value.Default
    default String label() {
        return "widget";
    }

    @Value.Default
    default Integer count() {
        return 1;
    }

    interface Builder extends TenantEntity.Builder<Builder> {}
}
